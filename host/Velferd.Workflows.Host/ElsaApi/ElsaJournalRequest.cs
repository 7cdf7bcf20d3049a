namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>The journal's filter.</summary>
public sealed record ElsaJournalRequest(ElsaJournalFilter? Filter);
