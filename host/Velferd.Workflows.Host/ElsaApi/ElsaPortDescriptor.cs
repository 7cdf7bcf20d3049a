namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>An outbound port (<c>Flow</c>) of an activity.</summary>
public sealed record ElsaPortDescriptor(string Name, string DisplayName, string Type, bool IsBrowsable);
