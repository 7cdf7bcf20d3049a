namespace Velferd.Workflows.Host.Deadlines;

/// <summary>A list of deadlines with how many match in all.</summary>
public sealed record DeadlineList(IReadOnlyList<DeadlineView> Items, int TotalCount);
