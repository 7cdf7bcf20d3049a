namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>Which journal entries to return.</summary>
public sealed record ElsaJournalFilter(
    IReadOnlyList<string>? ActivityIds, IReadOnlyList<string>? ActivityNodeIds, IReadOnlyList<string>? ExcludedActivityTypes, IReadOnlyList<string>? EventNames);
