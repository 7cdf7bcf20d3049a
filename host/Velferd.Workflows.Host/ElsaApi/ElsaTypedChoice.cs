namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>A strategy choice with a type name (activation, incident, log persistence).</summary>
public sealed record ElsaTypedChoice(string TypeName, string DisplayName, string Description);
