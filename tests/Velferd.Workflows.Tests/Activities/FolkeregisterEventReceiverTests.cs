using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Activities;

public sealed class FolkeregisterEventReceiverTests
{
    private const string Newborn = "01862451054";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Handle_SameBirthEventTwice_StartsOneProgramme()
    {
        await using var services = ServiceActivityHost.Create();
        var definitionId = await PublishAsync(services, "Foedsel");
        var birth = new FolkeregisterEvent(41, "hendelse-1", "Foedsel", Newborn);

        var first = await HandleAsync(services, birth);
        var replay = await HandleAsync(services, birth with { Sequence = 97 });

        Assert.Equal(first, replay);
        var instance = Assert.Single(await InstancesAsync(services, definitionId));
        var output = await services.OutputOfCallAsync(instance.Id);
        Assert.Equal(("hendelse-1", Newborn), (output!["EventId"]!.GetValue<string>(), output["IdentityNumber"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Handle_EventOfAnotherType_StartsNothing()
    {
        await using var services = ServiceActivityHost.Create();
        var definitionId = await PublishAsync(services, "Foedsel");

        var started = await HandleAsync(services, new FolkeregisterEvent(42, "hendelse-2", "Flytting", Newborn));

        Assert.Empty(started);
        Assert.Empty(await InstancesAsync(services, definitionId));
    }

    private static async Task<string> PublishAsync(ServiceActivityHost services, string eventType)
    {
        var model = new FlowchartBuilder($"Helsestasjon {Guid.NewGuid():N}")
            .Activity("call", "Velferd.Folkeregister.MottaHendelse", ("eventType", Expr.Literal(eventType)))
            .Activity("end", "Elsa.End")
            .Connect("call", "end")
            .Build();
        return (await services.Host.PublishAsync(model, Ct)).DefinitionId;
    }

    private static async Task<IReadOnlyList<string>> HandleAsync(ServiceActivityHost services, FolkeregisterEvent e)
    {
        IReadOnlyList<string> started;
        await using (var scope = services.Host.Services.CreateAsyncScope())
        {
            started = await scope.ServiceProvider.GetRequiredService<FolkeregisterEventReceiver>().HandleAsync(e, Ct);
        }

        await services.Host.RunUntilIdleAsync(Ct);
        return started;
    }

    private static async Task<IReadOnlyList<WorkflowInstance>> InstancesAsync(ServiceActivityHost services, string definitionId)
    {
        await using var scope = services.Host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().ListAsync(new InstanceQuery { DefinitionId = definitionId }, Ct)).Items;
    }
}
