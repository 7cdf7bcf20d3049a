using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Activities.Timers;

/// <summary>Elsa's timer activities by their Elsa names, as waits on the durable timer rows and the fake clock.</summary>
public sealed class ElsaTimerActivityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(WorkflowTestHost Host, string InstanceId)> StartWaitAsync(string type, string input, JsonNode value)
    {
        var host = WorkflowTestHost.Create();
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var definition = await host.PublishAsync(new FlowchartBuilder(type)
            .Activity("start", "Elsa.Start")
            .Activity("vent", type, (input, value))
            .Activity("ferdig", "Elsa.WriteLine", ("text", Expr.Literal("ferdig")))
            .Chain("start", "vent", "ferdig")
            .Build(), Ct);
        return (host, await host.StartAsync(definition.DefinitionId, cancellationToken: Ct));
    }

    [Theory]
    [InlineData("Elsa.Delay", "timeSpan", "00:10:00")]
    [InlineData("Elsa.Delay", "timeSpan", "PT10M")]
    [InlineData("Elsa.Timer", "interval", "00:10:00")]
    public async Task TimeSpanWait_GoesOnWhenTheSpanHasPassed_NotBefore(string type, string input, string span)
    {
        var (host, id) = await StartWaitAsync(type, input, Expr.Literal(span));
        await using var _ = host;

        await host.AdvanceTimeAsync(TimeSpan.FromMinutes(9), Ct);
        var before = await host.GetInstanceAsync(id, Ct);
        await host.AdvanceTimeAsync(TimeSpan.FromMinutes(1), Ct);

        Assert.Equal(WorkflowSubStatus.Suspended, before.SubStatus);
        Assert.Equal(WorkflowSubStatus.Finished, (await host.GetInstanceAsync(id, Ct)).SubStatus);
        Assert.Equal(DeadlineStatus.Elapsed, Assert.Single(await host.DeadlinesAsync(cancellationToken: Ct)).Status);
    }

    [Fact]
    public async Task StartAt_WaitsUntilTheInstant()
    {
        var (host, id) = await StartWaitAsync("Elsa.StartAt", "dateTime", Expr.Literal("2026-03-02T12:00:00+00:00", "DateTimeOffset"));
        await using var _ = host;

        await host.AdvanceTimeToAsync(new DateTimeOffset(2026, 3, 2, 11, 59, 0, TimeSpan.Zero), Ct);
        var before = await host.GetLogAsync(id, Ct);
        await host.AdvanceTimeToAsync(new DateTimeOffset(2026, 3, 2, 12, 0, 1, TimeSpan.Zero), Ct);

        Assert.DoesNotContain(before, r => r.ActivityId == "ferdig");
        Assert.Single(await host.GetLogAsync(id, Ct), r => r.ActivityId == "ferdig");
    }

    [Fact]
    public async Task Cron_WaitsForTheNextOccurrenceOnTheOsloClock()
    {
        // 2 March 2026 09:00 UTC is 10:00 in Oslo (CET): «0 12 * * *» means 12:00 Oslo, 11:00 UTC.
        var (host, id) = await StartWaitAsync("Elsa.Cron", "cronExpression", Expr.Literal("0 12 * * *"));
        await using var _ = host;

        await host.AdvanceTimeToAsync(new DateTimeOffset(2026, 3, 2, 10, 59, 0, TimeSpan.Zero), Ct);
        var before = await host.GetInstanceAsync(id, Ct);
        await host.AdvanceTimeToAsync(new DateTimeOffset(2026, 3, 2, 11, 0, 1, TimeSpan.Zero), Ct);

        Assert.Equal(WorkflowSubStatus.Suspended, before.SubStatus);
        Assert.Equal(WorkflowSubStatus.Finished, (await host.GetInstanceAsync(id, Ct)).SubStatus);
    }

    [Fact]
    public async Task StartAt_InThePast_GoesStraightOn()
    {
        var (host, id) = await StartWaitAsync("Elsa.StartAt", "dateTime", Expr.Literal("2026-03-01T12:00:00+00:00", "DateTimeOffset"));
        await using var _ = host;

        Assert.Equal(WorkflowSubStatus.Finished, (await host.GetInstanceAsync(id, Ct)).SubStatus);
        Assert.Empty(await host.DeadlinesAsync(cancellationToken: Ct));
    }

    [Fact]
    public async Task Delay_NotATimeSpan_FaultsNamingTheValue()
    {
        var (host, id) = await StartWaitAsync("Elsa.Delay", "timeSpan", Expr.Literal("ti minutter"));
        await using var _ = host;

        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Contains("'ti minutter'", Assert.Single(instance.State.Incidents).Message);
    }
}
