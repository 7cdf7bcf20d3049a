namespace Velferd.Workflows.Studio.Overview;

/// <summary>One pathway's line in the overview: its overdue tasks and those due within a week in the user's teams.</summary>
public sealed record PathwaySummary(string Pathway, int Overdue, int DueThisWeek);
