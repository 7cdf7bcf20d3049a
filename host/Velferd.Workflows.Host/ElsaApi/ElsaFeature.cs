namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>An installed server feature.</summary>
public sealed record ElsaFeature(string Name, string Namespace, string FullName, string DisplayName, string Description);
