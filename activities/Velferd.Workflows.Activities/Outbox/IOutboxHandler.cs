using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.Outbox;

/// <summary>
/// Sends one service's outbox messages. A returned reply (a business outcome such as "not found" included) resumes
/// the waiting instance; an exception means "try again later" and counts against the retry budget.
/// </summary>
/// <remarks>
/// Called at least once per message: send <see cref="OutboxMessage.IdempotencyKey"/> with every call so the service
/// performs its effect once.
/// </remarks>
public interface IOutboxHandler
{
    /// <summary>The service whose messages this handler sends (<see cref="OutboxMessage.Service"/>).</summary>
    string Service { get; }

    /// <summary>Calls the service for one message and returns the reply for the instance.</summary>
    Task<JsonNode?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}
