using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Stimuli;

/// <summary>A burst that outlives its lease keeps it: no other dispatcher starts the same work a second time.</summary>
public sealed class LeaseRenewalTests
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BurstRunningPastItsLease_IsNotClaimedByAnotherDispatcher_AndRunsOnce()
    {
        var held = new HeldStep();
        await using var host = WorkflowTestHost.Create(services => services.AddSingleton(held).AddActivity<HeldActivity>());
        var definition = await host.PublishAsync(new FlowchartBuilder("Lang kjøring")
            .Activity("start", "Elsa.Start")
            .Activity("held", "Test.Held")
            .Activity("after", "Elsa.WriteLine", ("text", Expr.Literal("Ferdig")))
            .Chain("start", "held", "after")
            .Build(), Ct);
        var passes = host.Services.GetRequiredService<WorkerPasses>();
        var otherNode = ActivatorUtilities.CreateInstance<StimulusDispatcher>(host.Services);
        var lease = new DispatcherOptions().LeaseDuration;

        await using var scope = host.Services.CreateAsyncScope();
        var starting = Task.Run(() => scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartAsync(new StartRequest(definition.DefinitionId), Ct), Ct);
        await held.Entered.Task.WaitAsync(WaitLimit, Ct);

        // Four thirds of a lease pass while the step still runs; the other node looks after each.
        var takenByOtherNode = 0;
        for (var third = 0; third < 4; third++)
        {
            var renewed = passes.Next;
            host.Clock.Advance(lease / 3);
            await renewed.WaitAsync(WaitLimit, Ct);
            takenByOtherNode += await otherNode.ProcessAvailableAsync(Ct);
        }

        held.Release.SetResult();
        var started = await starting.WaitAsync(WaitLimit, Ct);

        Assert.Equal(0, takenByOtherNode);
        Assert.Equal(1, held.Runs);
        var instance = await host.GetInstanceAsync(started.InstanceId!, Ct);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Single(await host.GetLogAsync(instance.Id, Ct), r => r.ActivityId == "after");
    }

    [Fact]
    public async Task NodeStoppingWhileABurstRuns_HandsTheClaimBack_SoAnotherNodeTakesItWithoutWaitingForTheLease()
    {
        var held = new HeldStep();
        await using var host = WorkflowTestHost.Create(services => services.AddSingleton(held).AddActivity<HeldActivity>());
        var definition = await host.PublishAsync(new FlowchartBuilder("Avbrutt kjøring")
            .Activity("start", "Elsa.Start")
            .Activity("held", "Test.Held")
            .Activity("after", "Elsa.WriteLine", ("text", Expr.Literal("Ferdig")))
            .Chain("start", "held", "after")
            .Build(), Ct);
        var otherNode = ActivatorUtilities.CreateInstance<StimulusDispatcher>(host.Services);
        using var stopping = new CancellationTokenSource();

        await using var scope = host.Services.CreateAsyncScope();
        var starting = Task.Run(() => scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartAsync(new StartRequest(definition.DefinitionId), stopping.Token), Ct);
        await held.Entered.Task.WaitAsync(WaitLimit, Ct);
        await stopping.CancelAsync();
        var started = await starting.WaitAsync(WaitLimit, Ct);
        held.Release.SetResult();
        var takenByOtherNode = await otherNode.ProcessAvailableAsync(Ct);

        Assert.Equal(1, takenByOtherNode);
        var instance = await host.GetInstanceAsync(started.InstanceId!, Ct);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Single(await host.GetLogAsync(instance.Id, Ct), r => r.ActivityId == "after");
    }

    /// <summary>Lets the test hold <see cref="HeldActivity"/> inside its burst.</summary>
    public sealed class HeldStep
    {
        private int _runs;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Runs => Volatile.Read(ref _runs);

        public Task RunAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _runs);
            Entered.TrySetResult();
            return Release.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>A step that runs until the test releases it (a slow service or a long computation).</summary>
    [Activity("Test.Held", Category = "Test", DisplayName = "Holdt", Description = "Venter til testen slipper den.")]
    public sealed class HeldActivity(HeldStep step) : Activity<NoInput, NoOutput>
    {
        /// <inheritdoc />
        protected override async ValueTask<ActivityResult> ExecuteAsync(NoInput input, ActivityContext context, CancellationToken cancellationToken)
        {
            await step.RunAsync(cancellationToken);
            return ActivityResult.Done();
        }
    }
}
