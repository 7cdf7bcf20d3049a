namespace Velferd.Workflows.Studio.HostApi;

/// <summary>A page of tasks; <see cref="NextCursor"/> is the keyset cursor of the next page.</summary>
public sealed record TaskListAnswer(IReadOnlyList<TaskAnswer> Items, string? NextCursor);
