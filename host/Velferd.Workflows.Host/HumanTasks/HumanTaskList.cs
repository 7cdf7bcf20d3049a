namespace Velferd.Workflows.Host.HumanTasks;

/// <summary>A page of tasks; pass <see cref="NextCursor"/> as <c>after</c> for the next.</summary>
public sealed record HumanTaskList(IReadOnlyList<HumanTaskView> Items, string? NextCursor);
