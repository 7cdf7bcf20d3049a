using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.InstanceMigration;

/// <summary>
/// Moves running instances from one version of a definition to another (Camunda's and Elsa's instance migration): a dry
/// run lists per instance where it waits and what takes over, or why it cannot move; the migration then stores each
/// instance that can move in its own transaction with an audit row, and leaves the others exactly as they were.
/// </summary>
/// <remarks>
/// A version's instances move together, whichever team's case they belong to, as a published version applies to every
/// new instance: it is the process owner's change to the pathway, not to a case. What the answer shows of a case is
/// the access decision's (<c>showsCase</c>): the case id only where the user may see the case.
/// </remarks>
public sealed class InstanceMigrationService(
    IWorkflowDefinitionStore definitions,
    WorkflowBlueprintProvider blueprints,
    IWorkflowInstanceStore instances,
    IInstanceMigrationStore store,
    TimeProvider clock)
{
    private const int PageSize = 200;

    /// <summary>The most instances one request may name.</summary>
    public const int MaxNamedInstances = 1000;

    /// <summary>Checks the request; the two versions and the map when it is valid, else field errors.</summary>
    public async Task<(MigrationVersions? Versions, FieldErrors Errors)> PrepareAsync(MigrationRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var source = await BlueprintOfAsync(request.DefinitionId, request.FromVersion, "fromVersion", errors, cancellationToken);
        var target = await BlueprintOfAsync(request.DefinitionId, request.ToVersion, "toVersion", errors, cancellationToken);
        if (target is not null && !target.Definition.IsPublished)
        {
            errors.Add("toVersion", $"Versjon {request.ToVersion} er ikke publisert: publiser den før instanser flyttes dit.");
        }

        if (request.FromVersion == request.ToVersion)
        {
            errors.Add("toVersion", "Velg en annen versjon enn den instansene kjører.");
        }

        foreach (var (from, to) in request.ActivityMap)
        {
            if (source is not null && !source.Nodes.ContainsKey(from))
            {
                errors.Add($"activityMap.{from}", $"Versjon {request.FromVersion} har ikke steget «{from}».");
            }
            else if (target is not null && !target.Nodes.ContainsKey(to))
            {
                errors.Add($"activityMap.{from}", $"Versjon {request.ToVersion} har ikke steget «{to}».");
            }
        }

        if (request.InstanceIds is { } ids && (ids.Count > MaxNamedInstances || ids.Any(string.IsNullOrWhiteSpace)))
        {
            errors.Add("instanceIds", $"Oppgi opptil {MaxNamedInstances} instans-id-er, ingen tomme.");
        }

        return errors.IsEmpty ? (new MigrationVersions(source!, target!, new ActivityMap(request.ActivityMap)), errors) : (null, errors);
    }

    /// <summary>What migrating would do, storing nothing.</summary>
    /// <param name="versions">From <see cref="PrepareAsync"/>.</param>
    /// <param name="instanceIds">Only these instances, or null for every running one of the source version.</param>
    /// <param name="showsCase">True when the user may see an instance's case (its id is shown).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task<MigrationReport> DryRunAsync(
        MigrationVersions versions, IReadOnlyList<string>? instanceIds, Func<WorkflowInstance, bool> showsCase, CancellationToken cancellationToken)
    {
        var outcomes = new List<InstanceOutcome>();
        await foreach (var instance in CandidatesAsync(versions, instanceIds, cancellationToken))
        {
            var (plan, _) = InstanceMigrationPlanner.Plan(instance, versions.Source, versions.Target, versions.Map);
            outcomes.Add(Shown(new InstanceOutcome(plan, plan.CanMigrate ? MigrationResult.WouldMigrate : MigrationResult.Refused), instance, showsCase));
        }

        return Report(versions, outcomes);
    }

    /// <summary>
    /// Migrates every instance that can move, each in its own transaction with an audit row for its case when
    /// <paramref name="audit"/> is given (the request's own row is then these rows).
    /// </summary>
    public async Task<MigrationReport> MigrateAsync(
        MigrationVersions versions, IReadOnlyList<string>? instanceIds, Func<WorkflowInstance, bool> showsCase, AuditedRequest? audit,
        CancellationToken cancellationToken)
    {
        var claimed = audit?.TryClaimRow() == true;
        var outcomes = new List<InstanceOutcome>();
        try
        {
            await foreach (var instance in CandidatesAsync(versions, instanceIds, cancellationToken))
            {
                outcomes.Add(Shown(await MigrateOneAsync(instance, versions, audit, cancellationToken), instance, showsCase));
            }
        }
        finally
        {
            // Nothing moved: the request's row is written as for any other request.
            if (claimed && !outcomes.Any(o => o.Result == MigrationResult.Migrated))
            {
                audit!.ReleaseRow();
            }
        }

        return Report(versions, outcomes);
    }

    private async Task<InstanceOutcome> MigrateOneAsync(
        WorkflowInstance instance, MigrationVersions versions, AuditedRequest? audit, CancellationToken cancellationToken)
    {
        // A step that runs between the load and the save changes the revision: load again and decide again, once.
        for (var attempt = 0; ; attempt++)
        {
            var (plan, migrated) = InstanceMigrationPlanner.Plan(instance, versions.Source, versions.Target, versions.Map);
            if (migrated is null)
            {
                return new InstanceOutcome(plan, MigrationResult.Refused);
            }

            migrated.Instance.UpdatedAt = clock.GetUtcNow();
            try
            {
                await store.SaveAsync(migrated, audit, cancellationToken);
                return new InstanceOutcome(plan, MigrationResult.Migrated);
            }
            catch (ConcurrencyConflictException) when (attempt == 0)
            {
                var fresh = await instances.FindAsync(instance.Id, cancellationToken);
                if (fresh is null)
                {
                    return new InstanceOutcome(plan with { Problems = ["Instansen finnes ikke lenger."] }, MigrationResult.Refused);
                }

                instance = fresh;
            }
            catch (ConcurrencyConflictException)
            {
                return new InstanceOutcome(plan with { Problems = ["Instansen endret seg mens den ble flyttet: prøv igjen."] }, MigrationResult.Changed);
            }
        }
    }

    private static InstanceOutcome Shown(InstanceOutcome outcome, WorkflowInstance instance, Func<WorkflowInstance, bool> showsCase) =>
        showsCase(instance) ? outcome : outcome with { Plan = outcome.Plan with { CorrelationId = null } };

    private async IAsyncEnumerable<WorkflowInstance> CandidatesAsync(
        MigrationVersions versions, IReadOnlyList<string>? instanceIds,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (instanceIds is not null)
        {
            foreach (var chunk in instanceIds.Distinct(StringComparer.Ordinal).Chunk(PageSize))
            {
                var found = await instances.FindManyAsync(chunk, cancellationToken);
                foreach (var id in chunk)
                {
                    yield return found.TryGetValue(id, out var instance) ? instance : Missing(id, versions);
                }
            }

            yield break;
        }

        string? after = null;
        do
        {
            var page = await instances.ListAsync(
                new InstanceQuery
                {
                    DefinitionVersionId = versions.Source.Definition.Id, Status = WorkflowStatus.Running, After = after, PageSize = PageSize,
                },
                cancellationToken);
            var loaded = await instances.FindManyAsync([.. page.Items.Select(i => i.Id)], cancellationToken);
            foreach (var summary in page.Items)
            {
                if (loaded.TryGetValue(summary.Id, out var instance))
                {
                    yield return instance;
                }
            }

            after = page.NextCursor;
        }
        while (after is not null);
    }

    // A stand-in the planner refuses: pinned to no version and finished.
    private static WorkflowInstance Missing(string id, MigrationVersions versions) => new()
    {
        Id = id,
        DefinitionId = versions.Source.Definition.DefinitionId,
        DefinitionVersionId = "",
        DefinitionVersion = 0,
        Status = WorkflowStatus.Finished,
    };

    private async Task<WorkflowBlueprint?> BlueprintOfAsync(
        string definitionId, int version, string field, FieldErrors errors, CancellationToken cancellationToken)
    {
        var definition = await definitions.FindAsync(definitionId, VersionOptions.SpecificVersion(version), cancellationToken);
        if (definition is null)
        {
            errors.Add(field, $"Versjon {version} finnes ikke.");
            return null;
        }

        var blueprint = await blueprints.FindAsync(definition.Id, cancellationToken);
        if (blueprint is null)
        {
            errors.Add(field, $"Versjon {version} kan ikke kjøres (den har feil): rett den først.");
        }

        return blueprint;
    }

    private static MigrationReport Report(MigrationVersions versions, List<InstanceOutcome> outcomes)
    {
        var (source, target) = (versions.Source, versions.Target);
        var unmapped = outcomes
            .Where(o => o.Result != MigrationResult.Migrated)
            .SelectMany(o => o.Plan.Moves.Where(m => m.ToActivityId is null).Select(m => m.FromActivityId))
            .Where(source.Nodes.ContainsKey)
            .GroupBy(id => id, StringComparer.Ordinal)
            .Select(g =>
            {
                var node = source.Nodes[g.Key];
                var candidates = target.Nodes.Values
                    .Where(n => n.Type.TypeName == node.Type.TypeName)
                    .Select(n => new ActivityChoice(n.Id, n.Activity.Name ?? n.Type.Descriptor.DisplayName))
                    .ToList();
                return new UnmappedActivity(g.Key, node.Activity.Name ?? node.Type.Descriptor.DisplayName, node.Type.TypeName, g.Count(), candidates);
            })
            .ToList();
        return new MigrationReport(source.Definition.Version, target.Definition.Version, outcomes, unmapped);
    }
}

/// <summary>The two versions of a checked migration request and the activity map between them.</summary>
/// <param name="Source">The version the instances run.</param>
/// <param name="Target">The version they move to.</param>
/// <param name="Map">Which target activity takes over from which source activity.</param>
public sealed record MigrationVersions(WorkflowBlueprint Source, WorkflowBlueprint Target, ActivityMap Map);
