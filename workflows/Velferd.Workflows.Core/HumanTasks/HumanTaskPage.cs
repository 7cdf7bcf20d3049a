namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>One page of an inbox list.</summary>
/// <param name="Items">The tasks in the query's order.</param>
/// <param name="NextCursor">Pass as <see cref="HumanTaskQuery.After"/> for the next page; null on the last page.</param>
public sealed record HumanTaskPage(IReadOnlyList<HumanTask> Items, string? NextCursor);
