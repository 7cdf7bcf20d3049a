using Microsoft.Extensions.Logging;
using Velferd.Workflows.Activities.Triggers;
using Velferd.Workflows.Welfare.Consents;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>
/// Handles one Folkeregisteret event: first what the engine keeps in step with the register
/// (<see cref="IFolkeregisterEventHandler"/>: address protection on the cases, at once), then starts the pathways bound
/// to <see cref="ReceiveEvent"/>. The start's idempotency key is the event's own id, so an event read twice (a replayed
/// feed, two nodes) starts nothing twice. A change of parental responsibility also re-checks the consents of the
/// child's open cases (R-60 → R-29), whatever pathways a process owner bound to it: that is a rule, not a choice.
/// </summary>
public sealed partial class FolkeregisterEventReceiver(
    PathwayTriggers triggers,
    ParentalResponsibilityChanges parentalResponsibility,
    IEnumerable<IFolkeregisterEventHandler> handlers,
    ILogger<FolkeregisterEventReceiver> logger)
{
    /// <summary>Acts on the event and starts the bound pathways; returns the instance ids (the earlier ones for a replayed event).</summary>
    public async Task<IReadOnlyList<string>> HandleAsync(FolkeregisterEvent folkeregisterEvent, CancellationToken cancellationToken)
    {
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(folkeregisterEvent, cancellationToken);
        }

        var input = new Dictionary<string, System.Text.Json.Nodes.JsonNode?> { [ReceiveEvent.InputName] = ReceiveEvent.Input(folkeregisterEvent) };
        var started = await triggers.StartAsync(
            "Velferd.Folkeregister.MottaHendelse",
            activity => (PathwayTriggers.LiteralInput(activity, "eventType") ?? "Foedsel") == folkeregisterEvent.EventType,
            input,
            $"freg-hendelse/{folkeregisterEvent.EventId}",
            cancellationToken);
        if (folkeregisterEvent.EventType == ParentalResponsibilityChanges.EventType)
        {
            await parentalResponsibility.HandleAsync(folkeregisterEvent.IdentityNumber, folkeregisterEvent.EventId, cancellationToken);
        }

        LogHandled(folkeregisterEvent.Sequence, folkeregisterEvent.EventType, started.Count);
        return started;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Folkeregister event {Sequence} ({EventType}) started {Instances} pathway(s)")]
    private partial void LogHandled(long sequence, string eventType, int instances);
}
