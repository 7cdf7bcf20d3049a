using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Stimuli;

/// <summary>What a stimulus asks the engine to do.</summary>
public enum StimulusKind
{
    /// <summary>Start a new instance.</summary>
    Start,

    /// <summary>Resume one bookmark of one instance.</summary>
    Resume,

    /// <summary>A named event: resumes every bookmark waiting for it (fanned out into resume stimuli).</summary>
    Signal,

    /// <summary>Cancel an instance.</summary>
    Cancel,

    /// <summary>
    /// A child instance finished: resumes the parent's wait for it (found by the child's id, so the child needs to
    /// know no more of its parent than that one waits).
    /// </summary>
    ChildFinished,

    /// <summary>
    /// A fact that pathways wait on was stored (a meeting held, a hand-over accepted, a case closed): resumes every
    /// bookmark named <see cref="Stimulus.EventName"/> whose key is <see cref="Stimulus.CorrelationId"/> (the fact's subject:
    /// a case, a topic, an investigation), whatever the waiting instance's own correlation id.
    /// Stored with the fact's own write and fanned out when applied, as a signal is, so the waits are found after the
    /// fact committed: one that began a moment before is resumed too, one that begins after reads the fact itself.
    /// </summary>
    ResumeWaits,
}

/// <summary>Where a stimulus is in its life.</summary>
public enum StimulusStatus
{
    /// <summary>Waiting to be claimed.</summary>
    Pending,

    /// <summary>Claimed by a dispatcher under a lease.</summary>
    Claimed,

    /// <summary>Applied; its effects committed with it.</summary>
    Done,

    /// <summary>Given up after the retry budget; an operator must look.</summary>
    Failed,
}

/// <summary>
/// A durable request to move an instance: first a row, then processed by a dispatcher under a lease. The
/// idempotency key makes a replayed request (a double click, a redelivered event) a no-op.
/// </summary>
public sealed record Stimulus
{
    /// <summary>Unique id.</summary>
    public required string Id { get; init; }

    /// <summary>What to do.</summary>
    public required StimulusKind Kind { get; init; }

    /// <summary>Unique per intended effect; a second stimulus with the same key is not stored.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>The instance (start: the id the new instance gets).</summary>
    public string? WorkflowInstanceId { get; init; }

    /// <summary>Start: the definition version to run.</summary>
    public string? DefinitionVersionId { get; init; }

    /// <summary>Resume: the bookmark.</summary>
    public string? BookmarkId { get; init; }

    /// <summary>
    /// Signal: the event name. Start of a child instance whose parent waits for it: the name of the parent's wait
    /// (<see cref="SubWorkflows.ChildWorkflows.BookmarkName"/>), which the child resumes when it finishes.
    /// </summary>
    public string? EventName { get; init; }

    /// <summary>Start: the correlation id; signal: only instances with it.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Start: the team that will own the instance.</summary>
    public string? Team { get; init; }

    /// <summary>Start: the process owner whose test run the instance is (see <see cref="Runtime.TestRuns"/>); null for a real instance.</summary>
    public string? TestRunBy { get; init; }

    /// <summary>
    /// Signal: whom a signal sent by a user may reach; null for the system's own signals, which reach every waiting
    /// instance (only those with the correlation id, if given).
    /// </summary>
    public SignalScope? Scope { get; init; }

    /// <summary>Start input, or what a resume or signal carries.</summary>
    public JsonNode? Payload { get; init; }

    /// <summary>When it was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Not claimed before this instant (retry back-off).</summary>
    public required DateTimeOffset AvailableAt { get; init; }

    /// <summary>Where it is.</summary>
    public StimulusStatus Status { get; init; } = StimulusStatus.Pending;

    /// <summary>How many times it was claimed.</summary>
    public int Attempts { get; init; }

    /// <summary>The last error, without personal data.</summary>
    public string? LastError { get; init; }
}

/// <summary>A stimulus this dispatcher holds the lease on; <see cref="ClaimToken"/> proves it at commit.</summary>
/// <param name="Stimulus">The stimulus.</param>
/// <param name="ClaimToken">Unique per claim; the commit succeeds only while the lease still carries it.</param>
public sealed record ClaimedStimulus(Stimulus Stimulus, string ClaimToken);
