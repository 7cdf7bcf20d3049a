namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>Where variables are stored.</summary>
public sealed record ElsaStorageDriver(string TypeName, string DisplayName, int Priority, bool Deprecated);
