using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Core.TimerTriggers;

/// <summary>
/// Starts pathways on their timers: keeps one <see cref="TimerTrigger"/> row per timer trigger of each published version
/// (refreshed when the published version changes), and fires the due rows for the deadline pump. A fired row stores the
/// start under a key made of the row and the instant it fired for, together with the row's next instant, so a row fired
/// twice (two nodes, a retry) starts one instance. A trigger missed while every node was down fires once, late, and
/// then keeps its schedule: late rather than never (DOMAIN.md R-07), and never a burst of catch-up starts.
/// </summary>
public sealed class ScheduledStarts(
    ITimerTriggerStore store,
    IWorkflowDefinitionStore definitions,
    WorkflowBlueprintProvider blueprints,
    IEnumerable<ITimerTriggerPlanner> planners,
    IStimulusOutbox outbox,
    WorkflowEngine engine,
    TimeProvider clock) : IPublicationListener
{
    /// <summary>The instance input that tells the trigger activity it started the instance (Elsa: «is trigger of workflow»).</summary>
    public const string InputName = "timerTrigger";

    private const int BatchSize = 100;

    // A clash means another node wrote the same rows; the next attempt finds them, so a third is already generous.
    private const int ReplaceAttempts = 3;

    // The activities' project registers the one planner; without it no pathway starts on a timer.
    private ITimerTriggerPlanner? Planner => planners.FirstOrDefault();

    /// <inheritdoc />
    public void Check(WorkflowBlueprint blueprint, FieldErrors errors) => Planner?.Plan(blueprint, errors);

    /// <inheritdoc />
    public async Task PublishedVersionChangedAsync(string definitionId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.ReplaceAsync(definitionId, await PlanAsync(definitionId, cancellationToken), cancellationToken);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < ReplaceAttempts)
            {
                // Another node stored the same definition's rows at the same instant (two publishes, or a publish and a
                // node's first refresh): read the published version and the rows again; rows already right are kept.
            }
        }
    }

    // The rows the published version asks for, each at its first instant from now; none when nothing is published.
    private async Task<List<TimerTrigger>> PlanAsync(string definitionId, CancellationToken cancellationToken)
    {
        var published = await definitions.FindAsync(definitionId, VersionOptions.Published, cancellationToken);
        var blueprint = published is null ? null : await blueprints.FindAsync(published.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var triggers = new List<TimerTrigger>();
        if (blueprint is null || Planner is not { } planner)
        {
            return triggers;
        }

        foreach (var plan in planner.Plan(blueprint, new FieldErrors()))
        {
            if (planner.Next(plan.Schedule, null, now) is { } first)
            {
                triggers.Add(new TimerTrigger
                {
                    Id = TimerTrigger.IdOf(published!.Id, plan.ActivityId),
                    DefinitionId = definitionId,
                    DefinitionVersionId = published.Id,
                    ActivityId = plan.ActivityId,
                    Schedule = plan.Schedule,
                    NextFireAt = first,
                    CreatedAt = now,
                });
            }
        }

        return triggers;
    }

    /// <summary>
    /// Brings every row in step with the published versions: for a change whose refresh did not happen (the node died
    /// between storing the version and its triggers). Run once when a node's pump first runs.
    /// </summary>
    public async Task RefreshAllAsync(CancellationToken cancellationToken)
    {
        var definitionIds = new HashSet<string>(await store.ListDefinitionIdsAsync(cancellationToken), StringComparer.Ordinal);
        await foreach (var published in definitions.EnumeratePublishedAsync(cancellationToken))
        {
            definitionIds.Add(published.DefinitionId);
        }

        foreach (var definitionId in definitionIds)
        {
            await PublishedVersionChangedAsync(definitionId, cancellationToken);
        }
    }

    /// <summary>Fires every trigger due at <paramref name="now"/>; returns how many instances it started.</summary>
    public async Task<int> FireDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var started = 0;
        while (true)
        {
            var due = await store.ListDueAsync(now, BatchSize, cancellationToken);
            foreach (var trigger in due)
            {
                started += await FireAsync(trigger, now, cancellationToken) ? 1 : 0;
            }

            if (due.Count < BatchSize)
            {
                return started;
            }
        }
    }

    private async Task<bool> FireAsync(TimerTrigger trigger, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var published = await definitions.FindAsync(trigger.DefinitionId, VersionOptions.Published, cancellationToken);
        if (published?.Id != trigger.DefinitionVersionId || Planner is not { } planner)
        {
            // Retracted or replaced while the refresh did not run: the row goes, and the version now published (if
            // any) gets its own.
            await PublishedVersionChangedAsync(trigger.DefinitionId, cancellationToken);
            return false;
        }

        var next = planner.Next(trigger.Schedule, trigger.NextFireAt, now);
        var (start, _) = await engine.PrepareStartAsync(
            new StartRequest(
                trigger.DefinitionId,
                new Dictionary<string, JsonNode?>
                {
                    [InputName] = new JsonObject { ["activityId"] = trigger.ActivityId, ["scheduledAt"] = trigger.NextFireAt.ToString("O") },
                },
                Version: VersionOptions.SpecificVersion(published.Version),
                IdempotencyKey: $"timer/{trigger.Id}/{trigger.NextFireAt.UtcTicks}"),
            cancellationToken);
        if (start is null)
        {
            return false;
        }

        try
        {
            await outbox.CommitAsync([start], ct => store.MoveOnAsync(trigger, next, ct), cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            // Either another pump fired the row first (it has moved on: moving it again conflicts and does nothing), or
            // this instant's start is already stored (a row put back at an instant it fired for): move on without it.
            try
            {
                await store.MoveOnAsync(trigger, next, cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
            }

            return false;
        }
    }

    /// <summary>True when the instance was started by the timer trigger <paramref name="activityId"/>.</summary>
    public static bool StartedBy(IReadOnlyDictionary<string, JsonNode?> workflowInput, string activityId) =>
        workflowInput.GetValueOrDefault(InputName) is JsonObject trigger && trigger["activityId"]?.GetValue<string>() == activityId;
}
