namespace Velferd.Workflows.Host.HumanTasks;

/// <summary>How many tasks are in each status.</summary>
public sealed record HumanTaskCounts(long Open, long Claimed, long Completed, long Cancelled);
