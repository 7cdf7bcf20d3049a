using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Runtime;

/// <summary>What sets a burst going.</summary>
public abstract record BurstTrigger;

/// <summary>Start a new instance with its input.</summary>
/// <param name="Input">The start input, by name.</param>
/// <param name="ParentWaits">True for a child instance whose parent waits until it finishes.</param>
public sealed record StartTrigger(IReadOnlyDictionary<string, JsonNode?> Input, bool ParentWaits = false) : BurstTrigger;

/// <summary>Resume the activity waiting on a bookmark.</summary>
/// <param name="BookmarkId">The bookmark.</param>
/// <param name="Payload">What the stimulus carries (an event's payload, a service reply).</param>
public sealed record ResumeTrigger(string BookmarkId, JsonNode? Payload) : BurstTrigger;

/// <summary>Cancel the instance: every wait is removed.</summary>
public sealed record CancelTrigger : BurstTrigger;

/// <summary>
/// Run one activity on its own, as the designer's Test tab does: the instance's variables start at their initial
/// values, the activity runs once, and nothing connected after it runs. The caller decides what happens to the result
/// (a test never commits it, so its effects are never carried out).
/// </summary>
/// <param name="ActivityId">The activity.</param>
public sealed record ActivityTestTrigger(string ActivityId) : BurstTrigger;
