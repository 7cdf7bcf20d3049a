namespace Velferd.Workflows.Host.ElsaApi;

/// <summary><c>{deleted}</c>.</summary>
public sealed record ElsaDeleted(long Deleted);
