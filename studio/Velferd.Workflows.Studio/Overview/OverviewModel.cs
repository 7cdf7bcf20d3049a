using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Inbox;

namespace Velferd.Workflows.Studio.Overview;

/// <summary>
/// The supervisor's overview, built from the API's answers: per team the overdue tasks and those due within a week,
/// the same per pathway, the overdue rows (most overdue first), and the deadline extensions waiting for approval.
/// </summary>
public sealed record OverviewModel(
    IReadOnlyList<TeamSummary> Teams,
    IReadOnlyList<OverdueRow> Overdue,
    IReadOnlyList<DeadlineAnswer> ExtensionsToApprove,
    IReadOnlyList<DeadlineAnswer> OverdueDeadlines,
    IReadOnlyList<PathwaySummary> Pathways)
{
    /// <summary>The overview of <paramref name="tasksByTeam"/> (each team's open tasks due within a week) at <paramref name="now"/>.</summary>
    public static OverviewModel Build(
        IReadOnlyDictionary<string, IReadOnlyList<TaskAnswer>> tasksByTeam, DeadlineOverviewAnswer? deadlines, DateTimeOffset now)
    {
        var teams = tasksByTeam
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t =>
            {
                var overdue = t.Value.Count(task => IsOverdue(task, now));
                return new TeamSummary(t.Key, overdue, t.Value.Count - overdue);
            })
            .ToList();
        var rows = tasksByTeam
            .SelectMany(t => t.Value.Where(task => IsOverdue(task, now)).Select(task => (Team: t.Key, Task: task)))
            .DistinctBy(t => t.Task.Id)
            .OrderBy(t => t.Task.DueAt)
            .Select(t => new OverdueRow(t.Team, InboxRow.From(t.Task, userName: "", now), t.Task.AssignedTo))
            .ToList();
        var pending = (deadlines?.Overdue.Items ?? []).Concat(deadlines?.DueSoon.Items ?? [])
            .Where(d => d.RequestedDueAt is not null)
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.DueAt)
            .ToList();
        var pathways = tasksByTeam.Values.SelectMany(t => t)
            .DistinctBy(t => t.Id)
            .GroupBy(t => t.Pathway ?? "", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var overdue = g.Count(task => IsOverdue(task, now));
                return new PathwaySummary(g.Key, overdue, g.Count() - overdue);
            })
            .ToList();
        return new OverviewModel(teams, rows, pending, deadlines?.Overdue.Items ?? [], pathways);
    }

    private static bool IsOverdue(TaskAnswer task, DateTimeOffset now) => task.IsOverdue || task.DueAt <= now;
}
