namespace Velferd.Workflows.Host.Instances;

/// <summary>What an instance waits for.</summary>
public sealed record BookmarkView(string Id, string ActivityId, string Name, string? Key, DateTimeOffset CreatedAt);
