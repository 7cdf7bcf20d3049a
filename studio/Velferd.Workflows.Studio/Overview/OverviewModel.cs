using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Inbox;

namespace Velferd.Workflows.Studio.Overview;

/// <summary>
/// The supervisor's overview, built from the API's answers: per team the overdue tasks and those due within a week,
/// the same per pathway, the overdue rows (most overdue first), and the deadline extensions waiting for approval.
/// Every task it counted is kept (<see cref="Tasks"/>), so a figure can be opened to the tasks behind it.
/// </summary>
public sealed record OverviewModel(
    IReadOnlyList<TeamSummary> Teams,
    IReadOnlyList<OverdueRow> Overdue,
    IReadOnlyList<DeadlineAnswer> ExtensionsToApprove,
    IReadOnlyList<DeadlineAnswer> OverdueDeadlines,
    IReadOnlyList<PathwaySummary> Pathways)
{
    /// <summary>Every task counted, soonest due first, each once (under the first team that listed it).</summary>
    public IReadOnlyList<OverdueRow> Tasks { get; init; } = [];

    /// <summary>The tasks behind one figure of the team or pathway table, soonest due first.</summary>
    public IReadOnlyList<OverdueRow> TasksOf(OverviewDrill drill) =>
    [
        .. Tasks.Where(t => drill.ByTeam ? t.Team == drill.Name : t.Row.Pathway == drill.Name)
            .Where(t => (t.Row.Due.State == DueState.Overdue) == drill.Overdue),
    ];

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
        var all = tasksByTeam
            .SelectMany(t => t.Value.Select(task => (Team: t.Key, Task: task)))
            .DistinctBy(t => t.Task.Id)
            .OrderBy(t => t.Task.DueAt)
            .Select(t => new OverdueRow(t.Team, InboxRow.From(t.Task, userName: "", now), t.Task.AssignedTo))
            .ToList();
        var rows = all.Where(t => t.Row.Due.State == DueState.Overdue).ToList();
        var pending = (deadlines?.Overdue.Items ?? []).Concat(deadlines?.DueSoon.Items ?? []).Concat(deadlines?.ExtensionRequests?.Items ?? [])
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
        return new OverviewModel(teams, rows, pending, deadlines?.Overdue.Items ?? [], pathways) { Tasks = all };
    }

    private static bool IsOverdue(TaskAnswer task, DateTimeOffset now) => task.IsOverdue || task.DueAt <= now;
}
