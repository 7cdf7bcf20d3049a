using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Definitions;

public sealed class WorkflowDefinitionServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FlowchartBuilder Waiting(string definitionId, string text) => new FlowchartBuilder("Versjonert")
        .WithDefinitionId(definitionId)
        .Activity("start", "Elsa.Start")
        .Activity("log", "Elsa.WriteLine", ("text", Expr.Literal(text)))
        .Activity("wait", "Elsa.Event", ("eventName", Expr.Literal("Neste")))
        .Chain("start", "log", "wait");

    [Fact]
    public async Task SaveAndPublish_TwoRounds_GivesVersionsOneAndTwo_AndInstancesStayOnTheirVersion()
    {
        await using var host = WorkflowTestHost.Create();
        var v1 = await host.PublishAsync(Waiting("p2", "versjon 1").Build(), Ct);
        var onV1 = await host.StartAsync("p2", correlationId: "sak-1", cancellationToken: Ct);
        await using var scope = host.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>();

        var draft = await service.SaveAsync(Waiting("p2", "versjon 2").Build(), publish: false, Ct);
        var v2 = await service.PublishAsync("p2", Ct);
        var onV2 = await host.StartAsync("p2", correlationId: "sak-2", cancellationToken: Ct);
        await host.SignalAsync("Neste", cancellationToken: Ct);

        Assert.Equal((1, 2, 2), (v1.Version, draft.Definition!.Version, v2.Definition!.Version));
        var versions = await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>().ListVersionsAsync("p2", Ct);
        Assert.Equal([(2, true, true), (1, false, false)], versions.Select(v => (v.Version, v.IsLatest, v.IsPublished)));
        Assert.Equal(1, (await host.GetInstanceAsync(onV1, Ct)).DefinitionVersion);
        Assert.Equal("versjon 1", (await host.GetLogAsync(onV1, Ct))[1].Message);
        Assert.Equal("versjon 2", (await host.GetLogAsync(onV2, Ct))[1].Message);
    }

    [Fact]
    public async Task Save_DraftTwice_UpdatesTheSameVersion()
    {
        await using var host = WorkflowTestHost.Create();
        await using var scope = host.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>();

        var first = await service.SaveAsync(Waiting("d", "a").Build(), publish: false, Ct);
        var second = await service.SaveAsync(Waiting("d", "b").Build(), publish: false, Ct);

        Assert.Equal(first.Definition!.Id, second.Definition!.Id);
        Assert.Equal(1, second.Definition.Version);
    }

    [Fact]
    public async Task Save_InvalidDefinition_StoresNothing()
    {
        await using var host = WorkflowTestHost.Create();
        await using var scope = host.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>();

        var change = await service.SaveAsync(new FlowchartBuilder("x").WithDefinitionId("bad").Activity("a", "No.Such").Build(), publish: false, Ct);

        Assert.NotNull(change.Errors);
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>().FindAsync("bad", VersionOptions.Latest, Ct));
    }

    [Fact]
    public async Task Retract_WithNothingPublished_IsAFieldError()
    {
        await using var host = WorkflowTestHost.Create();
        await using var scope = host.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>();
        await service.SaveAsync(Waiting("d", "a").Build(), publish: false, Ct);

        var change = await service.RetractAsync("d", Ct);

        Assert.Contains("definitionId", change.Errors!.ToDictionary().Keys);
    }
}
