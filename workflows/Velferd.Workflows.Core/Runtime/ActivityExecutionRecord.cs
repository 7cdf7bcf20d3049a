using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Runtime;

/// <summary>What an activity did in a burst.</summary>
public enum ActivityExecutionStatus
{
    /// <summary>Completed and left on its outcome ports.</summary>
    Completed,

    /// <summary>Waits on a bookmark.</summary>
    Suspended,

    /// <summary>Faulted; see the message.</summary>
    Faulted,

    /// <summary>Its bookmark was removed before it could resume (the instance or the branch was cancelled).</summary>
    Cancelled,
}

/// <summary>One entry of an instance's execution log: an activity executed, resumed, suspended or faulted.</summary>
public sealed record ActivityExecutionRecord
{
    /// <summary>Unique id.</summary>
    public required string Id { get; init; }

    /// <summary>The instance.</summary>
    public required string WorkflowInstanceId { get; init; }

    /// <summary>Order within the instance (1, 2, …).</summary>
    public required long Sequence { get; init; }

    /// <summary>The activity's id in the definition.</summary>
    public required string ActivityId { get; init; }

    /// <summary>The designer's node id.</summary>
    public required string ActivityNodeId { get; init; }

    /// <summary>The activity type name.</summary>
    public required string ActivityType { get; init; }

    /// <summary>The activity's name in the definition.</summary>
    public string? ActivityName { get; init; }

    /// <summary>What happened.</summary>
    public required ActivityExecutionStatus Status { get; init; }

    /// <summary>True when the activity was resumed from a bookmark rather than reached by the flow.</summary>
    public bool Resumed { get; init; }

    /// <summary>The ports the activity completed on.</summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    /// <summary>A message: a WriteLine's text or a fault's reason.</summary>
    public string? Message { get; init; }

    /// <summary>The activity's output record, as JSON.</summary>
    public JsonNode? Output { get; init; }

    /// <summary>When it started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When it completed, suspended or faulted.</summary>
    public required DateTimeOffset CompletedAt { get; init; }
}
