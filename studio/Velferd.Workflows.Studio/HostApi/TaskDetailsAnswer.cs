namespace Velferd.Workflows.Studio.HostApi;

/// <summary>A task with its history (<c>GET /api/tasks/{id}</c>); the history is not shown yet.</summary>
public sealed record TaskDetailsAnswer(TaskAnswer Task);
