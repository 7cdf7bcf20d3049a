using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.Outbox;

/// <summary>
/// What the outbox worker sees of a handler: the operation it sends, and a call with the stored message. Implement it
/// through <see cref="OutboxHandler{TRequest, TReply}"/>, which reads the request and writes the reply.
/// </summary>
public interface IOutboxHandler
{
    /// <summary>The service whose messages this handler sends (<see cref="OutboxMessage.Service"/>).</summary>
    string Service { get; }

    /// <summary>The operation it sends (<see cref="OutboxMessage.Operation"/>).</summary>
    string Operation { get; }

    /// <summary>Calls the service for one message and returns the reply for the instance.</summary>
    Task<JsonNode?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}
