namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>The answer to a bulk retract.</summary>
public sealed record ElsaBulkRetracted(IReadOnlyList<string> Retracted, IReadOnlyList<string> AlreadyRetracted, IReadOnlyList<string> NotFound);
