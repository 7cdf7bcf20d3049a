using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities.BuiltIn;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.SubWorkflows;

namespace Velferd.Workflows.Core.Stimuli;

/// <summary>
/// Applies claimed stimuli: runs the burst each causes and commits the result together with the stimulus's
/// completion, so a stimulus is applied exactly once or not at all. One at a time, or a group of stimuli for
/// different instances in one transaction.
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
        switch (claimed.Stimulus.Kind)
        {
            case StimulusKind.Signal:
                return await FanOutSignalAsync(claimed, cancellationToken);
            case StimulusKind.ChildFinished:
                return await ResumeParentAsync(claimed, cancellationToken);
            case StimulusKind.ResumeWaits:
                return await ResumeWaitsAsync(claimed, cancellationToken);
        }

        var instanceId = InstanceIdOf(claimed.Stimulus);
        var commit = await RunAsync(claimed, await instances.FindAsync(instanceId, cancellationToken), cancellationToken);
        await CommitAsync([commit], cancellationToken);

        // A child's start or a finished child's report, applied next on this thread by the caller.
        return commit.NewStimuli;
    }

    /// <summary>
    /// Processes stimuli for different instances (no signals) as one group: loads the instances in one read, runs each
    /// burst, and commits them all in one transaction. Returns the stimuli left for <see cref="ProcessAsync"/> one at a
    /// time: those whose burst could not be run here (the single path decides whether to retry or reject them).
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">The group commit lost a race; nothing of it is stored.</exception>
    public async Task<IReadOnlyList<ClaimedStimulus>> ProcessGroupAsync(IReadOnlyList<ClaimedStimulus> group, CancellationToken cancellationToken)
    {
        var leftOver = group.Where(c => !CanGroup(c.Stimulus)).ToList();
        var groupable = group.Where(c => CanGroup(c.Stimulus)).ToList();
        var loaded = await instances.FindManyAsync([.. groupable.Select(c => InstanceIdOf(c.Stimulus))], cancellationToken);
        var commits = new List<BurstCommit>(groupable.Count);
        foreach (var claimed in groupable)
        {
            try
            {
                commits.Add(await RunAsync(claimed, loaded.GetValueOrDefault(InstanceIdOf(claimed.Stimulus)), cancellationToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Rejected, or an unexpected failure: the single path classifies it (retry with back-off, or failed)
                // without holding back the rest of the group.
                leftOver.Add(claimed);
            }
        }

        if (commits.Count > 0)
        {
            await CommitAsync(commits, cancellationToken);
        }

        return leftOver;
    }

    /// <summary>
    /// True when a stimulus can be applied in a group: it runs a burst of one instance. A signal and a fact's resume of
    /// waits fan out to many and a finished child's report looks up its parent; they go alone.
    /// </summary>
    public static bool CanGroup(Stimulus stimulus) =>
        stimulus.Kind is not (StimulusKind.Signal or StimulusKind.ChildFinished or StimulusKind.ResumeWaits) && stimulus.WorkflowInstanceId is not null;

    private async Task<BurstCommit> RunAsync(ClaimedStimulus claimed, WorkflowInstance? instance, CancellationToken cancellationToken)
    {
        var stimulus = claimed.Stimulus;
        var isNew = instance is null;
        if (isNew != (stimulus.Kind == StimulusKind.Start))
        {
            // A resume or cancel for an instance that does not exist, or a replay of a start that committed.
            return new BurstCommit { Stimulus = claimed };
        }

        var versionId = instance?.DefinitionVersionId ?? stimulus.DefinitionVersionId
            ?? throw new StimulusRejectedException("The start stimulus names no definition version.");
        var blueprint = await blueprints.FindAsync(versionId, cancellationToken)
            ?? throw new StimulusRejectedException($"Definition version {versionId} no longer exists or no longer compiles.");
        instance ??= NewInstance(InstanceIdOf(stimulus), stimulus, blueprint);

        BurstTrigger trigger = stimulus.Kind switch
        {
            StimulusKind.Start => new StartTrigger(ReadInput(stimulus.Payload), ParentWaits: stimulus.EventName == ChildWorkflows.BookmarkName),
            StimulusKind.Resume => new ResumeTrigger(stimulus.BookmarkId ?? "", stimulus.Payload),
            _ => new CancelTrigger(),
        };
        var result = await runner.RunAsync(blueprint, instance, trigger, services, cancellationToken);
        return result.Changed ? BurstCommit.Of(result, claimed, isNew) : new BurstCommit { Stimulus = claimed };
    }

    private async Task CommitAsync(IReadOnlyList<BurstCommit> commits, CancellationToken cancellationToken)
    {
        await instances.CommitAsync(commits, cancellationToken);
        if (commits.Any(c => c.Effects.OfType<OutboxRequest>().Any()))
        {
            outboxWakeUp.Notify();
        }
    }

    private static string InstanceIdOf(Stimulus stimulus) =>
        stimulus.WorkflowInstanceId ?? throw new StimulusRejectedException("The stimulus names no instance.");

    private async Task<IReadOnlyList<Stimulus>> FanOutSignalAsync(ClaimedStimulus claimed, CancellationToken cancellationToken)
    {
        var matches = await FindSignalledAsync(claimed.Stimulus, cancellationToken);
        return await ResumeAllAsync(claimed, matches, cancellationToken);
    }

    /// <summary>A child finished: its report resumes the parent's wait for it (the bookmark keyed by the child's id).</summary>
    private async Task<IReadOnlyList<Stimulus>> ResumeParentAsync(ClaimedStimulus claimed, CancellationToken cancellationToken)
    {
        var waits = await instances.FindBookmarksAsync(ChildWorkflows.BookmarkName, InstanceIdOf(claimed.Stimulus), null, cancellationToken);
        return await ResumeAllAsync(claimed, waits, cancellationToken);
    }

    /// <summary>
    /// A fact was stored: its resume reaches every wait on it found now, after the fact committed, in any instance: a
    /// wait is keyed by the fact's subject, which need not be the instance's correlation id (P3 instances are correlated
    /// by their melding and wait for the conclusion of the investigation it belongs to).
    /// </summary>
    private async Task<IReadOnlyList<Stimulus>> ResumeWaitsAsync(ClaimedStimulus claimed, CancellationToken cancellationToken)
    {
        var fact = claimed.Stimulus;
        var waits = await instances.FindBookmarksAsync(
            fact.EventName ?? throw new StimulusRejectedException("The resume of waits names no wait."), fact.CorrelationId, null, cancellationToken);
        return await ResumeAllAsync(claimed, waits, cancellationToken);
    }

    /// <summary>
    /// Stores one resume per matched bookmark, carrying <paramref name="claimed"/>'s payload, together with its
    /// completion; each resume's key derives from the cause's, so a cause applied twice resumes nothing twice.
    /// </summary>
    private async Task<IReadOnlyList<Stimulus>> ResumeAllAsync(ClaimedStimulus claimed, IReadOnlyList<BookmarkMatch> matches, CancellationToken cancellationToken)
    {
        var cause = claimed.Stimulus;
        var now = clock.GetUtcNow();
        var resumes = matches.Select(match => new Stimulus
        {
            Id = Ids.New(now),
            Kind = StimulusKind.Resume,
            IdempotencyKey = $"{cause.IdempotencyKey}/{match.BookmarkId}",
            WorkflowInstanceId = match.WorkflowInstanceId,
            BookmarkId = match.BookmarkId,
            Payload = cause.Payload?.DeepClone(),
            CreatedAt = now,
            AvailableAt = now,
        }).ToList();
        await instances.CommitAsync(new BurstCommit { Stimulus = claimed, NewStimuli = resumes }, cancellationToken);
        return resumes;
    }

    // A user's signal reaches only instances he may see (his teams' and related cases', never a hidden case's), and
    // without a case only the events marked as broadcast; the system's own signals (no scope) reach every instance
    // waiting for the event, as before.
    private async Task<IReadOnlyList<BookmarkMatch>> FindSignalledAsync(Stimulus signal, CancellationToken cancellationToken)
    {
        var visible = signal.Scope?.Filter;
        var broadcast = await instances.FindBookmarksAsync(Event.BroadcastBookmarkName, signal.EventName, signal.CorrelationId, visible, cancellationToken);
        if (signal.Scope is not null && signal.CorrelationId is null)
        {
            return broadcast;
        }

        return [.. broadcast, .. await instances.FindBookmarksAsync(Event.BookmarkName, signal.EventName, signal.CorrelationId, visible, cancellationToken)];
    }

    private WorkflowInstance NewInstance(string id, Stimulus stimulus, WorkflowBlueprint blueprint) => new()
    {
        Id = id,
        DefinitionId = blueprint.Definition.DefinitionId,
        DefinitionVersionId = blueprint.Definition.Id,
        DefinitionVersion = blueprint.Definition.Version,
        Name = blueprint.Definition.Name,
        CorrelationId = stimulus.CorrelationId,
        Team = stimulus.Team,
        TestRunBy = stimulus.TestRunBy,
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
