using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Runtime;

/// <summary>
/// A point where an instance waits: a user task, an event, a timer, a service reply. A stimulus names the bookmark
/// (or a signal matches its name, key and correlation id) to resume the activity that created it.
/// </summary>
public sealed record Bookmark
{
    /// <summary>Unique id.</summary>
    public required string Id { get; init; }

    /// <summary>The activity waiting on it.</summary>
    public required string ActivityId { get; init; }

    /// <summary>The kind of wait, normally the activity type (<c>Elsa.Event</c>).</summary>
    public required string Name { get; init; }

    /// <summary>What resumes it, e.g. the event name.</summary>
    public string? Key { get; init; }

    /// <summary>The instance's correlation id when the bookmark was made.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Data the activity stored for its resumption.</summary>
    public JsonNode? Payload { get; init; }

    /// <summary>The body run (<see cref="BodyScope"/>) the waiting activity belongs to; null in the root flowchart.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Scope { get; init; }

    /// <summary>When the bookmark was made.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// Whether rows were stored with this wait (a task, a deadline, an outbox message) that the commit participants
    /// must close when it goes. Null, for bookmarks stored before this was recorded, counts as yes.
    /// </summary>
    public bool? OwnsRows { get; init; }
}
