using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Activities.Deadlines;

public sealed class DeadlineLifecycleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset Oslo(int y, int mo, int d, int h, int mi, int offsetHours) => new(y, mo, d, h, mi, 0, TimeSpan.FromHours(offsetHours));

    /// <summary>R-15/R-16: an investigation, 3 months from start, extendable to start + 6 months.</summary>
    private static async Task<(WorkflowTestHost Host, Deadline Deadline)> StartInvestigationAsync()
    {
        var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Undersøkelse")
            .Activity("start", "Elsa.Start")
            .Activity("frist", "Velferd.Deadline",
                ("deadlineName", Expr.Literal("undersøkelsesfrist")), ("kind", Expr.Literal("Lovpålagt")), ("sourceRule", Expr.Literal("barnevernsloven § 2-2")),
                ("duration", Expr.Literal("3 måneder")), ("maxExtension", Expr.Literal("6 måneder")), ("reminderBefore", Expr.Literal("14 dager")),
                ("metOnEvent", Expr.Literal("UndersøkelseKonkludert")))
            .Activity("overskredet", "Elsa.WriteLine", ("text", Expr.Literal("OVERDUE")))
            .Connect("start", "frist")
            .Connect("frist", "overskredet", "Overskredet")
            .Build(), Ct);
        await host.StartAsync(definition.DefinitionId, correlationId: "sak-u", cancellationToken: Ct);
        return (host, (await host.DeadlinesAsync(cancellationToken: Ct)).Single());
    }

    [Fact]
    public async Task Extension_RequestedAndApprovedWithinTheCap_MovesTheDeadlineAndItsReminder()
    {
        var (host, deadline) = await StartInvestigationAsync();
        await using var _ = host;
        await using var scope = host.Services.CreateAsyncScope();
        var extensions = scope.ServiceProvider.GetRequiredService<DeadlineExtensions>();

        var requested = await extensions.RequestAsync(deadline.Id, null, "2 måneder", "Venter på sakkyndig uttalelse", "ola.saksbehandler", Ct);
        var approved = await extensions.ApproveAsync(deadline.Id, "lise.leder", Ct);

        Assert.Equal(Oslo(2024, 6, 1, 16, 0, 2), deadline.DueAt);
        Assert.NotNull(requested.Deadline);
        var moved = approved.Deadline!;
        Assert.Equal((Oslo(2024, 8, 1, 16, 0, 2), DeadlineStatus.Extended, 1, "lise.leder"), (moved.DueAt, moved.Status, moved.ExtensionCount, moved.ExtensionApprovedBy));
        Assert.Equal(Oslo(2024, 7, 18, 16, 0, 2), moved.ReminderAt);
        Assert.Equal("Venter på sakkyndig uttalelse", moved.ExtensionReason);
        await host.AdvanceTimeToAsync(Oslo(2024, 7, 1, 12, 0, 2), Ct);
        Assert.Equal(DeadlineStatus.Extended, (await host.DeadlinesAsync(cancellationToken: Ct)).Single().Status);
    }

    [Fact]
    public async Task Extension_BeyondStartPlusSixMonths_IsRefusedWithAFieldErrorAndChangesNothing()
    {
        var (host, deadline) = await StartInvestigationAsync();
        await using var _ = host;
        await using var scope = host.Services.CreateAsyncScope();
        var extensions = scope.ServiceProvider.GetRequiredService<DeadlineExtensions>();

        var result = await extensions.RequestAsync(deadline.Id, Oslo(2024, 9, 2, 12, 0, 2), null, "Trenger mer tid", "ola.saksbehandler", Ct);

        Assert.Contains("newDueAt", result.Errors!.ToDictionary().Keys);
        Assert.Equal(deadline, (await host.DeadlinesAsync(cancellationToken: Ct)).Single());
    }

    [Fact]
    public async Task Extension_AfterExpiry_IsRefusedAndTheDeadlineStaysOverdue()
    {
        var (host, deadline) = await StartInvestigationAsync();
        await using var _ = host;
        await host.AdvanceTimeToAsync(Oslo(2024, 6, 1, 16, 0, 2), Ct);
        await using var scope = host.Services.CreateAsyncScope();
        var extensions = scope.ServiceProvider.GetRequiredService<DeadlineExtensions>();

        var result = await extensions.RequestAsync(deadline.Id, null, "1 måned", "For sent", "ola.saksbehandler", Ct);

        Assert.Contains("deadlineId", result.Errors!.ToDictionary().Keys);
        Assert.Equal(DeadlineStatus.Overdue, (await host.DeadlinesAsync(cancellationToken: Ct)).Single().Status);
    }

    [Fact]
    public async Task Extension_WithoutAReason_IsRefused()
    {
        var (host, deadline) = await StartInvestigationAsync();
        await using var _ = host;
        await using var scope = host.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<DeadlineExtensions>().RequestAsync(deadline.Id, null, "1 måned", " ", "ola", Ct);

        Assert.Contains("reason", result.Errors!.ToDictionary().Keys);
    }

    [Fact]
    public async Task Deadline_InstanceCancelled_IsCancelledAndNeverFires()
    {
        var (host, deadline) = await StartInvestigationAsync();
        await using var _ = host;

        await host.CancelAsync(deadline.WorkflowInstanceId, Ct);
        await host.AdvanceTimeToAsync(Oslo(2024, 12, 1, 12, 0, 1), Ct);

        var cancelled = (await host.DeadlinesAsync(cancellationToken: Ct)).Single();
        Assert.Equal((DeadlineStatus.Cancelled, (DateTimeOffset?)null), (cancelled.Status, cancelled.NextFireAt));
        Assert.DoesNotContain(await host.GetLogAsync(deadline.WorkflowInstanceId, Ct), r => r.ActivityId == "overskredet");
    }

    [Fact]
    public async Task Timer_ThreeWorkingDaysBeforeEaster_ResumesAfterTheHolidays()
    {
        await using var host = WorkflowTestHost.Create();
        host.Clock.SetUtcNow(Oslo(2024, 3, 26, 14, 0, 1));
        var definition = await host.PublishAsync(new FlowchartBuilder("Vent")
            .Activity("start", "Elsa.Start")
            .Activity("vent", "Velferd.Timer", ("duration", Expr.Literal("3 virkedager")))
            .Activity("ferdig", "Elsa.WriteLine", ("text", Expr.Literal("ferdig")))
            .Chain("start", "vent", "ferdig")
            .Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        await host.AdvanceTimeToAsync(Oslo(2024, 4, 3, 13, 59, 2), Ct);
        var before = await host.GetLogAsync(id, Ct);
        await host.AdvanceTimeToAsync(Oslo(2024, 4, 3, 14, 0, 2), Ct);

        Assert.DoesNotContain(before, r => r.ActivityId == "ferdig");
        Assert.Single(await host.GetLogAsync(id, Ct), r => r.ActivityId == "ferdig");
        Assert.Equal(DeadlineStatus.Elapsed, (await host.DeadlinesAsync(cancellationToken: Ct)).Single().Status);
    }

    [Fact]
    public async Task Deadline_InvalidDuration_FaultsWithTheMessage()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Feil")
            .Activity("start", "Elsa.Start")
            .Activity("frist", "Velferd.Deadline", ("duration", Expr.Literal("syv dager")))
            .Chain("start", "frist")
            .Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Contains("Ugyldig varighet", Assert.Single(instance.State.Incidents).Message);
        Assert.Empty(await host.DeadlinesAsync(cancellationToken: Ct));
    }
}
