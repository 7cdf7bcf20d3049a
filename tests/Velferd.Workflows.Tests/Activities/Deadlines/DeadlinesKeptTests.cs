using System.Text.Json.Nodes;
using Velferd.Workflows.Activities.Deadlines;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Activities.Deadlines;

/// <summary>
/// «Frister overholdt?» (DOMAIN.md §6: each end code with <c>frister_overholdt</c>): a review deadline met before it is
/// due, or met after it passed, and the pathway's output «FristerOverholdt» at its end.
/// </summary>
public sealed class DeadlinesKeptTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Execute_DeadlineMetBeforeItWasDue_OutputTrue()
    {
        await using var host = WorkflowTestHost.Create(services => services.AddActivity<DeadlinesKept>());
        var id = await host.StartAsync(await PublishAsync(host), correlationId: "melding-i-tide", cancellationToken: Ct);

        await host.AdvanceTimeAsync(TimeSpan.FromDays(6), Ct);
        await host.SignalAsync("melding-vurdert", "melding-i-tide", cancellationToken: Ct);

        Assert.True(await KeptAsync(host, id));
    }

    [Fact]
    public async Task Execute_DeadlinePassedBeforeTheLateReview_OutputFalse()
    {
        await using var host = WorkflowTestHost.Create(services => services.AddActivity<DeadlinesKept>());
        var id = await host.StartAsync(await PublishAsync(host), correlationId: "melding-for-sent", cancellationToken: Ct);

        await host.AdvanceTimeAsync(TimeSpan.FromDays(8), Ct);
        await host.SignalAsync("melding-vurdert", "melding-for-sent", cancellationToken: Ct);

        Assert.False(await KeptAsync(host, id));
    }

    // A review deadline of 7 days met by «melding-vurdert»; after it passed, the late review is waited for; both ways end
    // in «Frister overholdt?».
    private static async Task<string> PublishAsync(WorkflowTestHost host)
    {
        (string, JsonNode?)[] deadline =
        [
            ("deadlineName", Expr.Literal("vurderingsfrist")), ("kind", Expr.Literal("Lovpålagt")), ("duration", Expr.Literal("7 dager")),
            ("metOnEvent", Expr.Literal("melding-vurdert")),
        ];
        var definition = await host.PublishAsync(new FlowchartBuilder("Vurdering")
            .Activity("start", "Elsa.Start")
            .Activity("frist", "Velferd.Deadline", deadline)
            .Activity("sen", "Elsa.Event", ("eventName", Expr.Literal("melding-vurdert")))
            .Activity("overholdt", "Velferd.Frister.Overholdt")
            .Connect("start", "frist")
            .Connect("frist", "overholdt", "Overholdt")
            .Connect("frist", "sen", "Overskredet")
            .Connect("sen", "overholdt")
            .Build(), Ct);
        return definition.DefinitionId;
    }

    private static async Task<bool> KeptAsync(WorkflowTestHost host, string instanceId)
    {
        var instance = await host.GetInstanceAsync(instanceId, Ct);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        return instance.State.Output[DeadlinesKept.Output]!.GetValue<bool>();
    }
}
