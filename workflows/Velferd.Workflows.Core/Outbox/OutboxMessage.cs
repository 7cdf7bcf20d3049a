using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Outbox;

/// <summary>A stored outbox message, with its delivery state.</summary>
public sealed record OutboxMessage
{
    /// <summary>Unique id (the bookmark key of a waiting instance).</summary>
    public required string Id { get; init; }

    /// <summary>The instance that asked.</summary>
    public required string WorkflowInstanceId { get; init; }

    /// <summary>The activity that asked.</summary>
    public required string ActivityId { get; init; }

    /// <summary>The bookmark the reply resumes; null for fire-and-continue calls.</summary>
    public string? BookmarkId { get; init; }

    /// <summary>The service.</summary>
    public required string Service { get; init; }

    /// <summary>The operation.</summary>
    public required string Operation { get; init; }

    /// <summary>What the handler needs.</summary>
    public JsonNode? Payload { get; init; }

    /// <summary>Sent with every attempt.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>Where it is.</summary>
    public OutboxStatus Status { get; init; } = OutboxStatus.Pending;

    /// <summary>How many attempts were made (claims).</summary>
    public int Attempts { get; init; }

    /// <summary>Not sent before this instant (back-off, <c>Retry-After</c>).</summary>
    public required DateTimeOffset AvailableAt { get; init; }

    /// <summary>True for a test run's call (see <see cref="Runtime.TestRuns"/>): sent to the simulator, never to the service.</summary>
    public bool IsTest { get; init; }

    /// <summary>When it was written.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the first attempt failed (the retry budget's clock), if one did.</summary>
    public DateTimeOffset? FirstFailedAt { get; init; }

    /// <summary>The last failure, without personal data (an exception type and status code).</summary>
    public string? LastError { get; init; }

    /// <summary>When it was delivered, resolved or cancelled.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>When the incident was raised, if one was.</summary>
    public DateTimeOffset? IncidentAt { get; init; }

    /// <summary>The operator's note when resolving (no personal data).</summary>
    public string? ResolutionNote { get; init; }
}

/// <summary>A message claimed by one worker; the token proves the claim when the worker reports back.</summary>
/// <param name="Message">The message.</param>
/// <param name="ClaimToken">Unique to this claim.</param>
public sealed record ClaimedOutboxMessage(OutboxMessage Message, string ClaimToken);
