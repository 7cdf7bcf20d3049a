namespace Velferd.Workflows.Studio.Overview;

/// <summary>One team's line in the overview: overdue tasks and tasks due within a week (overdue not counted twice).</summary>
public sealed record TeamSummary(string Team, int Overdue, int DueThisWeek);
