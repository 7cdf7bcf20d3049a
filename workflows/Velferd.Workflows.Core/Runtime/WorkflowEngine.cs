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
        var version = await definitions.FindAsync(request.DefinitionId, request.Version ?? VersionOptions.Published, cancellationToken);
        if (version is null)
        {
            return await definitions.FindAsync(request.DefinitionId, VersionOptions.Latest, cancellationToken) is null
                ? StartResult.DefinitionNotFound
                : StartResult.NotPublished;
        }

        var now = clock.GetUtcNow();
        var instanceId = Ids.New(now);
        var input = new JsonObject();
        foreach (var (name, value) in request.Input ?? new Dictionary<string, JsonNode?>())
        {
            input[name] = value?.DeepClone();
        }

        var stimulus = await EnqueueAsync(
            new Stimulus
            {
                Id = Ids.New(now),
                Kind = StimulusKind.Start,
                IdempotencyKey = request.IdempotencyKey is null ? $"start/{instanceId}" : $"start/{request.IdempotencyKey}",
                WorkflowInstanceId = instanceId,
                DefinitionVersionId = version.Id,
                CorrelationId = request.CorrelationId,
                Payload = input,
                CreatedAt = now,
                AvailableAt = now,
            },
            cancellationToken);
        return StartResult.Started(stimulus.WorkflowInstanceId!);
    }

    /// <summary>Sends a named event; it resumes every instance waiting for it (only those with the correlation id, if given).</summary>
    public async Task<Stimulus> SignalAsync(
        string eventName, string? correlationId, JsonNode? payload, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = Ids.New(now);
        return await EnqueueAsync(
            new Stimulus
            {
                Id = id,
                Kind = StimulusKind.Signal,
                IdempotencyKey = $"signal/{idempotencyKey ?? id}",
                EventName = eventName,
                CorrelationId = correlationId,
                Payload = payload?.DeepClone(),
                CreatedAt = now,
                AvailableAt = now,
            },
            cancellationToken);
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
/// <param name="IdempotencyKey">Makes a repeated request start nothing twice.</param>
public sealed record StartRequest(
    string DefinitionId,
    IReadOnlyDictionary<string, JsonNode?>? Input = null,
    string? CorrelationId = null,
    VersionOptions? Version = null,
    string? IdempotencyKey = null);

/// <summary>The outcome of a start request.</summary>
/// <param name="InstanceId">The new (or, for a repeated request, the earlier) instance.</param>
/// <param name="Problem">Why nothing started, if it did not.</param>
public sealed record StartResult(string? InstanceId, StartProblem? Problem)
{
    /// <summary>No such definition.</summary>
    public static StartResult DefinitionNotFound { get; } = new(null, StartProblem.DefinitionNotFound);

    /// <summary>The definition has no version that fits the request (normally: nothing is published).</summary>
    public static StartResult NotPublished { get; } = new(null, StartProblem.NotPublished);

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
}
