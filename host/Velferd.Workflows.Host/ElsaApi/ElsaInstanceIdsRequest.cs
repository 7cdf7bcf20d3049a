namespace Velferd.Workflows.Host.ElsaApi;

/// <summary><c>{ids: [...]}</c>.</summary>
public sealed record ElsaInstanceIdsRequest(IReadOnlyList<string>? Ids);
