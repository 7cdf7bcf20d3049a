using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities.BuiltIn;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.Stimuli;

/// <summary>
/// Applies one claimed stimulus: runs the burst it causes and commits the result together with the stimulus's
/// completion, so a stimulus is applied exactly once or not at all.
/// </summary>
public sealed class StimulusProcessor(
    IWorkflowInstanceStore instances,
    WorkflowBlueprintProvider blueprints,
    WorkflowRunner runner,
    IServiceProvider services,
    OutboxWakeUp outboxWakeUp,
    TimeProvider clock)
{
    /// <summary>Processes the stimulus; returns the stimuli it enqueued.</summary>
    /// <exception cref="ConcurrencyConflictException">Lost a race; retry on fresh state.</exception>
    /// <exception cref="StimulusRejectedException">The stimulus can never apply (its definition version is gone).</exception>
    public async Task<IReadOnlyList<Stimulus>> ProcessAsync(ClaimedStimulus claimed, CancellationToken cancellationToken)
    {
        var stimulus = claimed.Stimulus;
        if (stimulus.Kind == StimulusKind.Signal)
        {
            return await FanOutSignalAsync(claimed, cancellationToken);
        }

        var instanceId = stimulus.WorkflowInstanceId ?? throw new StimulusRejectedException("The stimulus names no instance.");
        var instance = await instances.FindAsync(instanceId, cancellationToken);
        var isNew = instance is null;
        if (isNew && stimulus.Kind != StimulusKind.Start)
        {
            await CompleteOnlyAsync(claimed, cancellationToken);
            return [];
        }

        if (!isNew && stimulus.Kind == StimulusKind.Start)
        {
            // Started already: a replay of a start that committed.
            await CompleteOnlyAsync(claimed, cancellationToken);
            return [];
        }

        var versionId = instance?.DefinitionVersionId ?? stimulus.DefinitionVersionId
            ?? throw new StimulusRejectedException("The start stimulus names no definition version.");
        var blueprint = await blueprints.FindAsync(versionId, cancellationToken)
            ?? throw new StimulusRejectedException($"Definition version {versionId} no longer exists or no longer compiles.");
        instance ??= NewInstance(instanceId, stimulus, blueprint);

        BurstTrigger trigger = stimulus.Kind switch
        {
            StimulusKind.Start => new StartTrigger(ReadInput(stimulus.Payload)),
            StimulusKind.Resume => new ResumeTrigger(stimulus.BookmarkId ?? "", stimulus.Payload),
            _ => new CancelTrigger(),
        };
        var result = await runner.RunAsync(blueprint, instance, trigger, services, cancellationToken);
        if (!result.Changed)
        {
            await CompleteOnlyAsync(claimed, cancellationToken);
            return [];
        }

        await instances.CommitAsync(BurstCommit.Of(result, claimed, isNew), cancellationToken);
        if (result.Effects.OfType<OutboxRequest>().Any())
        {
            outboxWakeUp.Notify();
        }

        return [];
    }

    private async Task<IReadOnlyList<Stimulus>> FanOutSignalAsync(ClaimedStimulus claimed, CancellationToken cancellationToken)
    {
        var signal = claimed.Stimulus;
        var now = clock.GetUtcNow();
        var matches = await instances.FindBookmarksAsync(Event.BookmarkName, signal.EventName, signal.CorrelationId, cancellationToken);
        var resumes = matches.Select(match => new Stimulus
        {
            Id = Ids.New(now),
            Kind = StimulusKind.Resume,
            IdempotencyKey = $"{signal.IdempotencyKey}/{match.BookmarkId}",
            WorkflowInstanceId = match.WorkflowInstanceId,
            BookmarkId = match.BookmarkId,
            Payload = signal.Payload?.DeepClone(),
            CreatedAt = now,
            AvailableAt = now,
        }).ToList();
        await instances.CommitAsync(new BurstCommit { Stimulus = claimed, NewStimuli = resumes }, cancellationToken);
        return resumes;
    }

    private Task CompleteOnlyAsync(ClaimedStimulus claimed, CancellationToken cancellationToken) =>
        instances.CommitAsync(new BurstCommit { Stimulus = claimed }, cancellationToken);

    private WorkflowInstance NewInstance(string id, Stimulus stimulus, WorkflowBlueprint blueprint) => new()
    {
        Id = id,
        DefinitionId = blueprint.Definition.DefinitionId,
        DefinitionVersionId = blueprint.Definition.Id,
        DefinitionVersion = blueprint.Definition.Version,
        Name = blueprint.Definition.Name,
        CorrelationId = stimulus.CorrelationId,
        CreatedAt = clock.GetUtcNow(),
        UpdatedAt = clock.GetUtcNow(),
    };

    private static Dictionary<string, JsonNode?> ReadInput(JsonNode? payload) =>
        payload is JsonObject obj
            ? obj.ToDictionary(p => p.Key, p => p.Value?.DeepClone(), StringComparer.Ordinal)
            : new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
}

/// <summary>A stimulus that can never apply; it is marked failed at once instead of being retried.</summary>
public sealed class StimulusRejectedException(string message) : Exception(message);
