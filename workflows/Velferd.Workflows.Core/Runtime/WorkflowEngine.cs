using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Core.Runtime;

/// <summary>
/// The front door for moving instances: every request becomes a durable stimulus first, and is then applied at
/// once on this node (so callers see the effect) or, if that fails, by any dispatcher later.
/// </summary>
public sealed class WorkflowEngine(
    IWorkflowDefinitionStore definitions,
    IStimulusQueue queue,
    StimulusDispatcher dispatcher,
    StimulusWakeUp wakeUp,
    TimeProvider clock)
{
    /// <summary>Starts an instance of a definition (its published version unless another is asked for).</summary>
    public async Task<StartResult> StartAsync(StartRequest request, CancellationToken cancellationToken)
    {
        var (requested, problem) = await PrepareStartAsync(request, cancellationToken);
        if (requested is null)
        {
            return problem!;
        }

        var stimulus = await EnqueueAsync(requested, cancellationToken);
        if (request.RefuseChangedRepeat && stimulus.Id != requested.Id
            && !await SameStartAsync(stimulus, requested, request.DefinitionId, cancellationToken))
        {
            return StartResult.IdempotencyKeyReused;
        }

        return StartResult.Started(stimulus.WorkflowInstanceId!);
    }

    /// <summary>
    /// The start stimulus for <paramref name="request"/>, not yet stored: for a domain write that stores it in its own
    /// transaction (<see cref="DomainCommits"/>). Null with the problem when no version fits the request.
    /// </summary>
    public async Task<(Stimulus? Stimulus, StartResult? Problem)> PrepareStartAsync(StartRequest request, CancellationToken cancellationToken)
    {
        var version = await definitions.FindAsync(request.DefinitionId, request.Version ?? VersionOptions.Published, cancellationToken);
        if (version is null)
        {
            return (null, await definitions.FindAsync(request.DefinitionId, VersionOptions.Latest, cancellationToken) is null
                ? StartResult.DefinitionNotFound
                : StartResult.NotPublished);
        }

        var now = clock.GetUtcNow();
        var instanceId = Ids.New(now);
        var input = new JsonObject();
        foreach (var (name, value) in request.Input ?? new Dictionary<string, JsonNode?>())
        {
            input[name] = value?.DeepClone();
        }

        return (new Stimulus
        {
            Id = Ids.New(now),
            Kind = StimulusKind.Start,
            IdempotencyKey = request.IdempotencyKey is null ? $"start/{instanceId}" : $"start/{request.IdempotencyKey}",
            WorkflowInstanceId = instanceId,
            DefinitionVersionId = version.Id,
            CorrelationId = TestRuns.Correlation(request.CorrelationId, request.TestRunBy),
            Team = request.Team,
            TestRunBy = request.TestRunBy,
            Payload = input,
            CreatedAt = now,
            AvailableAt = now,
        }, null);
    }

    /// <summary>The signal stimulus for <paramref name="request"/>, not yet stored (see <see cref="PrepareStartAsync"/>).</summary>
    public Stimulus PrepareSignal(NamedSignal request)
    {
        var now = clock.GetUtcNow();
        var id = Ids.New(now);
        return new Stimulus
        {
            Id = id,
            Kind = StimulusKind.Signal,
            IdempotencyKey = $"signal/{request.IdempotencyKey ?? id}",
            EventName = request.EventName,
            CorrelationId = request.CorrelationId,
            Scope = request.Scope,
            Payload = request.Payload?.DeepClone(),
            CreatedAt = now,
            AvailableAt = now,
        };
    }

    /// <summary>
    /// The stimulus that resumes every wait named <paramref name="bookmarkName"/> keyed by <paramref name="correlationId"/>
    /// (the fact's subject; in any instance, whatever its own correlation id), not yet stored: for the domain write that stores the fact they wait on
    /// (<see cref="StimulusKind.ResumeWaits"/>). <paramref name="idempotencyKey"/> names the fact, so it resumes each wait once.
    /// </summary>
    public Stimulus PrepareResumeWaits(string bookmarkName, string correlationId, string idempotencyKey)
    {
        var now = clock.GetUtcNow();
        return new Stimulus
        {
            Id = Ids.New(now),
            Kind = StimulusKind.ResumeWaits,
            IdempotencyKey = $"waits/{idempotencyKey}",
            EventName = bookmarkName,
            CorrelationId = correlationId,
            CreatedAt = now,
            AvailableAt = now,
        };
    }

    /// <summary>
    /// Like <see cref="PrepareStartAsync"/>, but nothing (and no problem) when a start under the request's key is already
    /// stored: for a start keyed per case that every change which may be the first prepares (a second start under a
    /// used key would fail the domain write it is stored with).
    /// </summary>
    public async Task<(Stimulus? Stimulus, StartResult? Problem)> PrepareFirstStartAsync(StartRequest request, CancellationToken cancellationToken)
    {
        if (request.IdempotencyKey is { } key && await queue.IsKeyUsedAsync($"start/{key}", cancellationToken))
        {
            return (null, null);
        }

        return await PrepareStartAsync(request, cancellationToken);
    }

    /// <summary>
    /// Applies stimuli that a domain write has just committed, at once on this node; one that fails here stays stored
    /// for any dispatcher, as after <see cref="StartAsync"/>.
    /// </summary>
    public async Task ApplyCommittedAsync(IReadOnlyList<Stimulus> committed, CancellationToken cancellationToken)
    {
        if (committed.Count == 0)
        {
            return;
        }

        foreach (var stimulus in committed)
        {
            await dispatcher.ProcessNowAsync(stimulus.Id, cancellationToken);
        }

        wakeUp.Notify();
    }

    /// <summary>Sends a named event; it resumes every instance waiting for it (only those with the correlation id, if given).</summary>
    public async Task<Stimulus> SignalAsync(
        string eventName, string? correlationId, JsonNode? payload, string? idempotencyKey, CancellationToken cancellationToken) =>
        (await SendSignalAsync(new NamedSignal(eventName, correlationId, payload, idempotencyKey), cancellationToken)).Stimulus;

    /// <summary>
    /// Sends a named event on behalf of a user (with a <see cref="NamedSignal.Scope"/>) or the system (without). A
    /// repeated request with the same idempotency key answers with the first stimulus; one that asks for something
    /// else under that key is refused.
    /// </summary>
    public async Task<SignalResult> SendSignalAsync(NamedSignal request, CancellationToken cancellationToken)
    {
        var requested = PrepareSignal(request);
        var id = requested.Id;
        var stimulus = await EnqueueAsync(requested, cancellationToken);
        var same = stimulus.Id == id
            || (stimulus.EventName == requested.EventName && stimulus.CorrelationId == requested.CorrelationId && JsonNode.DeepEquals(stimulus.Payload, requested.Payload));
        return new SignalResult(stimulus, KeyUsedForAnother: !same);
    }

    /// <summary>Resumes one bookmark of one instance.</summary>
    public Task<Stimulus> ResumeAsync(
        string instanceId, string bookmarkId, JsonNode? payload, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return EnqueueAsync(
            new Stimulus
            {
                Id = Ids.New(now),
                Kind = StimulusKind.Resume,
                IdempotencyKey = $"resume/{idempotencyKey ?? bookmarkId}",
                WorkflowInstanceId = instanceId,
                BookmarkId = bookmarkId,
                Payload = payload?.DeepClone(),
                CreatedAt = now,
                AvailableAt = now,
            },
            cancellationToken);
    }

    /// <summary>Cancels an instance: its waits are removed and it finishes as cancelled.</summary>
    public Task<Stimulus> CancelAsync(string instanceId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return EnqueueAsync(
            new Stimulus
            {
                Id = Ids.New(now),
                Kind = StimulusKind.Cancel,
                IdempotencyKey = $"cancel/{instanceId}",
                WorkflowInstanceId = instanceId,
                CreatedAt = now,
                AvailableAt = now,
            },
            cancellationToken);
    }

    // A key names one request: the same pathway, case, team and input. Another request under a used key is the caller's
    // mistake (or someone guessing keys), so it gets no answer about the first one.
    private async Task<bool> SameStartAsync(Stimulus stored, Stimulus requested, string definitionId, CancellationToken cancellationToken) =>
        stored.Kind == StimulusKind.Start
        && stored.CorrelationId == requested.CorrelationId
        && stored.Team == requested.Team
        && stored.TestRunBy == requested.TestRunBy
        && JsonNode.DeepEquals(stored.Payload, requested.Payload)
        && (stored.DefinitionVersionId == requested.DefinitionVersionId
            || (await definitions.FindByVersionIdAsync(stored.DefinitionVersionId!, cancellationToken))?.DefinitionId == definitionId);

    private async Task<Stimulus> EnqueueAsync(Stimulus stimulus, CancellationToken cancellationToken)
    {
        var (stored, created) = await queue.EnqueueAsync(stimulus, cancellationToken);
        if (created)
        {
            await dispatcher.ProcessNowAsync(stored.Id, cancellationToken);
            wakeUp.Notify();
        }

        return stored;
    }
}

/// <summary>A request to start an instance.</summary>
/// <param name="DefinitionId">The definition.</param>
/// <param name="Input">The start input.</param>
/// <param name="CorrelationId">The case it belongs to.</param>
/// <param name="Version">Which version (default: the published one).</param>
/// <param name="IdempotencyKey">
/// Makes a repeated request start nothing twice; a caller's key is scoped to him by the caller (the host prefixes the
/// user id), so another user's key never finds his instance.
/// </param>
/// <param name="Team">The team that will own the instance (see <see cref="Access.CaseDataAccess.ChooseTeam"/>).</param>
/// <param name="TestRunBy">The process owner starting a test run from the designer (see <see cref="TestRuns"/>); null for a real instance.</param>
/// <param name="RefuseChangedRepeat">
/// True for a client's key, which names one request: a repeat asking for something else is refused
/// (<see cref="StartProblem.IdempotencyKeyReused"/>). False for the system's own replays, such as a feed event seen
/// again under a new sequence number, which start nothing twice either way.
/// </param>
public sealed record StartRequest(
    string DefinitionId,
    IReadOnlyDictionary<string, JsonNode?>? Input = null,
    string? CorrelationId = null,
    VersionOptions? Version = null,
    string? IdempotencyKey = null,
    string? Team = null,
    bool RefuseChangedRepeat = false,
    string? TestRunBy = null);

/// <summary>A named event to send.</summary>
/// <param name="EventName">The event.</param>
/// <param name="CorrelationId">Only instances of this case.</param>
/// <param name="Payload">What the event carries.</param>
/// <param name="IdempotencyKey">Makes a repeated request send nothing twice (scoped to the caller by the caller).</param>
/// <param name="Scope">Whom a user's signal may reach; null for the system's own signals.</param>
public sealed record NamedSignal(
    string EventName, string? CorrelationId, JsonNode? Payload, string? IdempotencyKey = null, SignalScope? Scope = null);

/// <summary>The stored signal.</summary>
/// <param name="Stimulus">The signal's stimulus (for a repeated key: the first request's).</param>
/// <param name="KeyUsedForAnother">True when the idempotency key was already used for a different signal.</param>
public sealed record SignalResult(Stimulus Stimulus, bool KeyUsedForAnother);

/// <summary>The outcome of a start request.</summary>
/// <param name="InstanceId">The new (or, for a repeated request, the earlier) instance.</param>
/// <param name="Problem">Why nothing started, if it did not.</param>
public sealed record StartResult(string? InstanceId, StartProblem? Problem)
{
    /// <summary>No such definition.</summary>
    public static StartResult DefinitionNotFound { get; } = new(null, StartProblem.DefinitionNotFound);

    /// <summary>The definition has no version that fits the request (normally: nothing is published).</summary>
    public static StartResult NotPublished { get; } = new(null, StartProblem.NotPublished);

    /// <summary>The idempotency key was already used for a different request.</summary>
    public static StartResult IdempotencyKeyReused { get; } = new(null, StartProblem.IdempotencyKeyReused);

    /// <summary>Started.</summary>
    public static StartResult Started(string instanceId) => new(instanceId, null);
}

/// <summary>Why an instance did not start.</summary>
public enum StartProblem
{
    /// <summary>No such definition.</summary>
    DefinitionNotFound,

    /// <summary>No version fits the request.</summary>
    NotPublished,

    /// <summary>The idempotency key names an earlier, different request.</summary>
    IdempotencyKeyReused,
}
