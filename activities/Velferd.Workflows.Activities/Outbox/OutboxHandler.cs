using System.Text.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.Outbox;

/// <summary>
/// The one skeleton of every outbox handler: read the stored payload as <typeparamref name="TRequest"/>, call the
/// service, write <typeparamref name="TReply"/> as the resume payload. A handler only says how its service is called.
/// </summary>
public abstract class OutboxHandler<TRequest, TReply> : IOutboxHandler, IOutboxHandler<TRequest, TReply>
    where TRequest : IOutboxRequest<TReply>
    where TReply : IOutboxReply
{
    /// <inheritdoc />
    public string Service => TRequest.Service;

    /// <inheritdoc />
    public string Operation => TRequest.Operation;

    /// <inheritdoc />
    public abstract Task<TReply> HandleAsync(TRequest request, string idempotencyKey, CancellationToken cancellationToken);

    /// <inheritdoc />
    async Task<JsonNode?> IOutboxHandler.HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        // A payload that does not read as the request is a defect, not a service failure: it fails every attempt and
        // ends as an incident, like an unknown operation did.
        var request = message.Payload.Deserialize<TRequest>(WorkflowJson.Options)
            ?? throw new InvalidOperationException($"{message.Service}/{message.Operation}: the message has no request.");
        var reply = await HandleAsync(request, message.IdempotencyKey, cancellationToken);
        return OutboxReplies.Write(reply);
    }
}
