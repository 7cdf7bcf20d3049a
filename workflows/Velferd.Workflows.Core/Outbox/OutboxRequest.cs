using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.Outbox;

/// <summary>
/// A remote call an activity asks for: stored with its burst (a burst effect), sent afterwards by the outbox worker.
/// Build it with <see cref="OutboxCalls"/>.
/// </summary>
/// <remarks>
/// The idempotency key is fixed when the burst commits, so every attempt sends the same key and a service that
/// honours it performs the effect once however often the call is repeated.
/// </remarks>
public sealed record OutboxRequest : IBurstEffect
{
    /// <summary>The message id; also the key of the bookmark that waits for the reply.</summary>
    public required string Id { get; init; }

    /// <summary>The instance that asked.</summary>
    public required string WorkflowInstanceId { get; init; }

    /// <summary>The activity that asked.</summary>
    public required string ActivityId { get; init; }

    /// <summary>The service, e.g. <c>Folkeregister</c>; picks the handler.</summary>
    public required string Service { get; init; }

    /// <summary>The operation, e.g. <c>HentPerson</c>.</summary>
    public required string Operation { get; init; }

    /// <summary>What the handler needs (may hold personal data: it stays in the database, never in a log).</summary>
    public JsonNode? Payload { get; init; }

    /// <summary>Sent with every attempt.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>True when the instance waits on a bookmark for the reply; false for fire-and-continue calls.</summary>
    public bool WaitsForReply { get; init; }

    /// <summary>True when a test run asked (see <see cref="TestRuns"/>): the call goes to the simulator, never to the service.</summary>
    public bool IsTest { get; init; }

    /// <summary>When the burst asked.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
