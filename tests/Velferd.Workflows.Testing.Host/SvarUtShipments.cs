using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Testing.Host;

/// <summary>A pathway of one SvarUt shipment, for the tests of failed remote calls (outbox incidents).</summary>
public static class SvarUtShipments
{
    /// <summary>
    /// Publishes a new pathway that sends one shipment to a digital school (both «Sendt» and «Feilet» end it) and starts
    /// it on <paramref name="host"/>; answers the instance id.
    /// </summary>
    public static async Task<string> StartAsync(WebApplicationFactory<Program> host, CancellationToken cancellationToken)
    {
        var model = new FlowchartBuilder($"Hendelser {Guid.NewGuid():N}")
            .Activity("start", "Elsa.Start")
            .Activity("shipment", "Velferd.SvarUt.SendForsendelse", ("organisationNumber", Expr.Literal(TestOrganisations.DigitalSchool)), ("title", Expr.Literal("Innkalling")))
            .Activity("end", "Elsa.End")
            .Connect("start", "shipment")
            .Connect("shipment", "end", "Sendt")
            .Connect("shipment", "end", "Feilet")
            .Build();
        await using var scope = host.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(model, publish: true, cancellationToken);
        return (await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartAsync(new StartRequest(saved.Definition!.DefinitionId), cancellationToken)).InstanceId!;
    }
}
