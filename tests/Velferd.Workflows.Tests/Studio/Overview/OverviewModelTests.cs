using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Overview;

namespace Velferd.Workflows.Tests.Studio.Overview;

public sealed class OverviewModelTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_TasksPerTeam_CountsOverdueAndDueThisWeekApart()
    {
        var tasks = new Dictionary<string, IReadOnlyList<TaskAnswer>>
        {
            ["tit-sentrum"] = [StudioAnswers.Task("a", dueAt: Now.AddDays(-1), isOverdue: true), StudioAnswers.Task("b", dueAt: Now.AddDays(2))],
            ["bv-vest"] = [StudioAnswers.Task("c", dueAt: Now.AddDays(3))],
        };

        var model = OverviewModel.Build(tasks, deadlines: null, Now);

        Assert.Equal([new TeamSummary("bv-vest", 0, 1), new TeamSummary("tit-sentrum", 1, 1)], model.Teams);
        Assert.Equal(["a"], model.Overdue.Select(o => o.Row.TaskId));
    }

    [Fact]
    public void Build_Pathways_CountEachTaskOnceAcrossTeams()
    {
        var shared = StudioAnswers.Task("s", dueAt: Now.AddDays(-1), isOverdue: true) with { Pathway = "p2-tidlig-innsatsteam" };
        var tasks = new Dictionary<string, IReadOnlyList<TaskAnswer>>
        {
            ["x"] = [shared, StudioAnswers.Task("a", dueAt: Now.AddDays(2))],
            ["y"] = [shared, StudioAnswers.Task("b", dueAt: Now.AddDays(-2), isOverdue: true)],
        };

        var model = OverviewModel.Build(tasks, deadlines: null, Now);

        Assert.Equal([new PathwaySummary("p1-en-dor-inn", 1, 1), new PathwaySummary("p2-tidlig-innsatsteam", 1, 0)], model.Pathways);
    }

    [Fact]
    public void Build_OverdueRows_MostOverdueFirst_EachTaskOnce()
    {
        var shared = StudioAnswers.Task("s", dueAt: Now.AddDays(-1), isOverdue: true);
        var tasks = new Dictionary<string, IReadOnlyList<TaskAnswer>>
        {
            ["x"] = [shared, StudioAnswers.Task("old", dueAt: Now.AddDays(-5), isOverdue: true)],
            ["y"] = [shared],
        };

        var model = OverviewModel.Build(tasks, deadlines: null, Now);

        Assert.Equal(["old", "s"], model.Overdue.Select(o => o.Row.TaskId));
    }

    [Fact]
    public void Build_Deadlines_ExtensionsWaitingForApprovalAreListed()
    {
        var requested = Deadline("d1", requestedDueAt: Now.AddDays(10));
        var plain = Deadline("d2", requestedDueAt: null);
        var deadlines = new DeadlineOverviewAnswer(7, new ListAnswer<DeadlineAnswer>([plain], 1), new ListAnswer<DeadlineAnswer>([requested], 1));

        var model = OverviewModel.Build(new Dictionary<string, IReadOnlyList<TaskAnswer>>(), deadlines, Now);

        Assert.Equal(["d1"], model.ExtensionsToApprove.Select(d => d.Id));
        Assert.Equal(["d2"], model.OverdueDeadlines.Select(d => d.Id));
    }

    [Fact]
    public void Build_AnExtensionRequestMonthsAhead_IsListedOnceBesideTheOnesDueSoon()
    {
        var soon = Deadline("d1", requestedDueAt: Now.AddDays(10)) with { DueAt = Now.AddDays(3) };
        var investigation = Deadline("d2", requestedDueAt: Now.AddMonths(4)) with { DueAt = Now.AddMonths(3) };
        var deadlines = new DeadlineOverviewAnswer(
            7, new ListAnswer<DeadlineAnswer>([], 0), new ListAnswer<DeadlineAnswer>([soon], 1), new ListAnswer<DeadlineAnswer>([investigation, soon], 2));

        var model = OverviewModel.Build(new Dictionary<string, IReadOnlyList<TaskAnswer>>(), deadlines, Now);

        Assert.Equal(["d1", "d2"], model.ExtensionsToApprove.Select(d => d.Id));
    }

    [Fact]
    public void TasksOf_ATeamsOverdueFigure_ListsThatTeamsOverdueTasksOnly()
    {
        var tasks = new Dictionary<string, IReadOnlyList<TaskAnswer>>
        {
            ["tit-sentrum"] = [StudioAnswers.Task("late", dueAt: Now.AddDays(-2), isOverdue: true), StudioAnswers.Task("soon", dueAt: Now.AddDays(2))],
            ["bv-vest"] = [StudioAnswers.Task("other", dueAt: Now.AddDays(-1), isOverdue: true, team: "bv-vest")],
        };

        var model = OverviewModel.Build(tasks, deadlines: null, Now);

        Assert.Equal(["late"], model.TasksOf(new OverviewDrill(ByTeam: true, "tit-sentrum", Overdue: true)).Select(t => t.Row.TaskId));
        Assert.Equal(["soon"], model.TasksOf(new OverviewDrill(ByTeam: true, "tit-sentrum", Overdue: false)).Select(t => t.Row.TaskId));
    }

    [Fact]
    public void TasksOf_APathwaysDueThisWeekFigure_ListsItsTasksAcrossTeamsOnceSoonestFirst()
    {
        var shared = StudioAnswers.Task("shared", dueAt: Now.AddDays(3)) with { Pathway = "p2-tidlig-innsatsteam" };
        var tasks = new Dictionary<string, IReadOnlyList<TaskAnswer>>
        {
            ["x"] = [shared, StudioAnswers.Task("p1", dueAt: Now.AddDays(1))],
            ["y"] = [shared, StudioAnswers.Task("first", dueAt: Now.AddDays(1)) with { Pathway = "p2-tidlig-innsatsteam" }],
        };

        var model = OverviewModel.Build(tasks, deadlines: null, Now);

        var rows = model.TasksOf(new OverviewDrill(ByTeam: false, "p2-tidlig-innsatsteam", Overdue: false));
        Assert.Equal(["first", "shared"], rows.Select(t => t.Row.TaskId));
        Assert.Equal(rows.Sum(_ => 1), model.Pathways.Single(p => p.Pathway == "p2-tidlig-innsatsteam").DueThisWeek);
    }

    private static DeadlineAnswer Deadline(string id, DateTimeOffset? requestedDueAt) =>
        new(id, "Beslutning", "Lokal frist", "sak-1", "tit-sentrum", Now, requestedDueAt, "Trenger mer tid");
}
