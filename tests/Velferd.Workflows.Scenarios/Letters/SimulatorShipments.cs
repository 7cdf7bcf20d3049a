using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Host.RemoteServices;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.Outbox;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.Scenarios.Letters;

/// <summary>What the simulated services did for a case letter.</summary>
public static class SimulatorShipments
{
    /// <summary>
    /// The effects (shipments, prints) the simulator recorded for the letter's outbox message to <paramref name="service"/>
    /// (<c>DigitalPost</c>, <c>SvarUt</c>), found by the letter's document reference; 0 when nothing was sent.
    /// </summary>
    public static async Task<int> OfLetterAsync(WorkflowHostFactory host, string service, string letterId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var key = await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<OutboxRow>().AsNoTracking()
            .Where(m => m.Service == service && m.PayloadJson!.Contains($"brev/{letterId}"))
            .Select(m => m.IdempotencyKey)
            .SingleAsync(TestContext.Current.CancellationToken);
        return host.Services.GetRequiredService<LocalSimulator>().State.Effects().Where(e => e.IdempotencyKey == key).Sum(e => e.Effects);
    }
}
