using Velferd.Workflows.Activities.Deadlines;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.IntegrationTests.Clock.DevClockClient;

namespace Velferd.Workflows.IntegrationTests.Clock;

/// <summary>
/// The Development clock over HTTP on the real host, real time and real Quartz: moving it forward fires what fell due
/// on the way, in order, once, at its own instant; moving it back fires nothing again; Quartz follows the moved time.
/// </summary>
public abstract class DevClockTests(HostFixture fixture)
{
    // Calendar days keep the Oslo wall-clock time, so an instant "14 days later" may be an hour off in UTC across DST.
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(65);

    [Fact]
    public async Task Advance_PastADeadlineWithAReminder_FiresTheReminderThenTheDeadlineOnceEachAtTheirOwnTime()
    {
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var caseId = NewCase();
        var (start, _) = await ClockAsync(kari);
        var instanceId = await StartAsync(fixture.Host, ola, await DeadlineWithReminderAsync(), caseId);

        var moved = await MoveAsync(kari, new { advance = "P15D" });
        var instance = await InstanceAsync(ola, instanceId);
        var deadline = Assert.Single(await DeadlinesAsync(ola, caseId))!;

        Assert.True(moved["settled"]!.GetValue<bool>());
        Assert.InRange(moved["now"]!.GetValue<DateTimeOffset>(), start.AddDays(15), start.AddDays(15) + Slack);
        Assert.True(moved["firedSteps"]!.GetValue<int>() >= 2);
        var reminded = Assert.Single(Entries(instance, "varsle"));
        var overdue = Assert.Single(Entries(instance, "overskredet"));
        Assert.InRange(reminded["startedAt"]!.GetValue<DateTimeOffset>(), start.AddDays(10) - Slack, start.AddDays(10) + Slack);
        Assert.InRange(overdue["startedAt"]!.GetValue<DateTimeOffset>(), start.AddDays(14) - Slack, start.AddDays(14) + Slack);
        Assert.Equal("Finished", instance["instance"]!["subStatus"]!.GetValue<string>());
        Assert.Equal("Overdue", deadline["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Now_EarlierAfterADeadlineFired_FiresNothingAgain_NotEvenWhenItsTimeIsPassedAgain()
    {
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var caseId = NewCase();
        var (start, _) = await ClockAsync(kari);
        var instanceId = await StartAsync(fixture.Host, ola, await DeadlineWithReminderAsync(), caseId);
        await MoveAsync(kari, new { advance = "P15D" });

        var back = await MoveAsync(kari, new { now = start.ToString("O") });
        var afterBack = await ClockAsync(kari);
        await MoveAsync(kari, new { advance = "P15D" });
        var instance = await InstanceAsync(ola, instanceId);
        var deadline = Assert.Single(await DeadlinesAsync(ola, caseId))!;

        Assert.Equal(0, back["firedSteps"]!.GetValue<int>());
        Assert.InRange(afterBack.Now, start, start.AddMinutes(1));
        Assert.Single(Entries(instance, "varsle"));
        Assert.Single(Entries(instance, "overskredet"));
        Assert.Single(Entries(instance, "frist"), r => r["resumed"]!.GetValue<bool>());
        Assert.Equal("Overdue", deadline["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Advance_PastTwoTimersInARow_FiresTheSecondThatTheFirstStartedOnTheWay()
    {
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var (start, _) = await ClockAsync(kari);
        var definitionId = await PublishAsync(fixture.Host, new FlowchartBuilder("To ventetider").WithDefinitionId($"vent-{Guid.NewGuid():N}")
            .Activity("start", "Elsa.Start")
            .Activity("vent1", "Velferd.Timer", ("duration", Expr.Literal("3 dager")))
            .Activity("vent2", "Velferd.Timer", ("duration", Expr.Literal("3 dager")))
            .Activity("ferdig", "Elsa.WriteLine", ("text", Expr.Literal("ferdig")))
            .Chain("start", "vent1", "vent2", "ferdig")
            .Build());
        var instanceId = await StartAsync(fixture.Host, ola, definitionId, NewCase());

        await MoveAsync(kari, new { advance = "P7D" });
        var instance = await InstanceAsync(ola, instanceId);

        Assert.Equal("Finished", instance["instance"]!["subStatus"]!.GetValue<string>());
        var done = Assert.Single(Entries(instance, "ferdig"));
        Assert.InRange(done["startedAt"]!.GetValue<DateTimeOffset>(), start.AddDays(6) - Slack, start.AddDays(6) + Slack);
    }

    [Fact]
    public async Task Now_JustBeforeATimer_QuartzFiresItWhenTheMovedTimeReachesIt()
    {
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var caseId = NewCase();
        var definitionId = await PublishAsync(fixture.Host, new FlowchartBuilder("Ventetid").WithDefinitionId($"vent-{Guid.NewGuid():N}")
            .Activity("start", "Elsa.Start")
            .Activity("vent", "Velferd.Timer", ("duration", Expr.Literal("PT1M")))
            .Activity("ferdig", "Elsa.WriteLine", ("text", Expr.Literal("ferdig")))
            .Chain("start", "vent", "ferdig")
            .Build());
        var instanceId = await StartAsync(fixture.Host, ola, definitionId, caseId);
        var due = Assert.Single(await DeadlinesAsync(ola, caseId))!["dueAt"]!.GetValue<DateTimeOffset>();

        var moved = await MoveAsync(kari, new { now = due.AddSeconds(-2).ToString("O") });
        var waitingRightAfter = (await InstanceAsync(ola, instanceId))["instance"]!["subStatus"]!.GetValue<string>();
        await BackgroundWork.WaitUntilAsync(fixture.Host, async () => (await InstanceAsync(ola, instanceId))["instance"]!["subStatus"]!.GetValue<string>() == "Finished");

        Assert.Equal(0, moved["firedSteps"]!.GetValue<int>());
        Assert.Equal("Suspended", waitingRightAfter);
        var done = Assert.Single(Entries(await InstanceAsync(ola, instanceId), "ferdig"));
        Assert.True(done["startedAt"]!.GetValue<DateTimeOffset>() >= due);
    }

    /// <summary>A local deadline 14 days out with a reminder 4 days before it, and a branch that hears the reminder.</summary>
    private Task<string> DeadlineWithReminderAsync() =>
        PublishAsync(fixture.Host, new FlowchartBuilder("Frist med påminnelse").WithDefinitionId($"frist-{Guid.NewGuid():N}")
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", Expr.Literal("[\"Frist\",\"Paminnelse\"]", "Object")))
            .Activity("frist", "Velferd.Deadline",
                ("deadlineName", Expr.Literal("tiltaksfrist")), ("kind", Expr.Literal("Lokal")), ("duration", Expr.Literal("14 dager")),
                ("reminderBefore", Expr.Literal("4 dager")), ("reminderTo", Expr.Literal("assignee")), ("team", Expr.Literal("tit-sentrum")))
            .Activity("paminnelse", "Elsa.Event", ("eventName", Expr.Literal("tiltaksfrist:påminnelse")))
            .Activity("varsle", "Elsa.WriteLine", ("text", Expr.Literal("Påminnelse")))
            .Activity("overskredet", "Elsa.WriteLine", ("text", Expr.Literal("OVERDUE")))
            .Connect("start", "fork")
            .Connect("fork", "frist", "Frist")
            .Connect("fork", "paminnelse", "Paminnelse")
            .Connect("paminnelse", "varsle")
            .Connect("frist", "overskredet", DeadlineActivity.OverdueOutcome)
            .Build());
}

public sealed class SqliteDevClockTests(SqliteHostFixture fixture) : DevClockTests(fixture), IClassFixture<SqliteHostFixture>;

public sealed class PostgreSqlDevClockTests(PostgreSqlHostFixture fixture) : DevClockTests(fixture), IClassFixture<PostgreSqlHostFixture>;
