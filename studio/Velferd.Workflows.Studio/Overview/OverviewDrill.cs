namespace Velferd.Workflows.Studio.Overview;

/// <summary>A figure of the overview a supervisor opened: a team's or a pathway's overdue tasks, or those due within a week.</summary>
/// <param name="ByTeam">True for a team's figure, false for a pathway's.</param>
/// <param name="Name">The team or pathway.</param>
/// <param name="Overdue">True for the overdue figure, false for «due within a week».</param>
public sealed record OverviewDrill(bool ByTeam, string Name, bool Overdue);
