namespace Velferd.Workflows.Host.ElsaApi;

/// <summary><c>{cancelled}</c>.</summary>
public sealed record ElsaCancelled(int Cancelled);
