namespace Velferd.Workflows.Host.HumanTasks;

/// <summary>Gives a task to a user.</summary>
public sealed record ReassignTaskRequest(string? UserId);
