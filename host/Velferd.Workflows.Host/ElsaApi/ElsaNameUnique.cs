namespace Velferd.Workflows.Host.ElsaApi;

/// <summary><c>{isUnique}</c>.</summary>
public sealed record ElsaNameUnique(bool IsUnique);
