namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>A strategy choice with a name (commit strategies).</summary>
public sealed record ElsaNamedChoice(string Name, string DisplayName, string Description);
