using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.Definitions;

/// <summary>
/// The versioning rules for definitions. A save updates the latest draft, or starts a new version when the
/// latest is published; a publish makes the latest version the one new instances start on; older versions stay
/// readable and keep running the instances pinned to them. Nothing invalid is stored.
/// </summary>
public sealed class WorkflowDefinitionService(
    IWorkflowDefinitionStore store,
    IWorkflowInstanceStore instances,
    WorkflowBlueprintCompiler compiler,
    WorkflowBlueprintCache cache,
    IEnumerable<IPublicationListener> listeners,
    TimeProvider clock)
{
    private const string InUse = "Instances have been started on it; they keep their version, so it cannot be deleted. Retract it instead.";

    /// <summary>Checks a definition without storing it.</summary>
    public FieldErrors Validate(DefinitionModel model) =>
        Check(ToDefinition(model, "validation", model.DefinitionId ?? "validation", 1, clock.GetUtcNow()));

    /// <summary>Saves a draft (creating the definition or a new version as needed), and publishes it if asked.</summary>
    public async Task<DefinitionChange> SaveAsync(DefinitionModel model, bool publish, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var latest = model.DefinitionId is null ? null : await store.FindAsync(model.DefinitionId, VersionOptions.Latest, cancellationToken);
        var definitionId = model.DefinitionId ?? Ids.New(now);
        WorkflowDefinition draft;
        var changed = new List<WorkflowDefinition>();
        if (latest is null)
        {
            draft = ToDefinition(model, Ids.New(now), definitionId, 1, now);
        }
        else if (latest.IsPublished)
        {
            draft = ToDefinition(model, Ids.New(now), definitionId, latest.Version + 1, now);
            changed.Add(latest with { IsLatest = false });
        }
        else
        {
            draft = ToDefinition(model, latest.Id, definitionId, latest.Version, latest.CreatedAt) with { UpdatedAt = now };
        }

        var errors = Check(draft);
        if (!errors.IsEmpty)
        {
            return DefinitionChange.Invalid(errors);
        }

        changed.Add(draft);
        if (publish)
        {
            var published = await store.FindAsync(definitionId, VersionOptions.Published, cancellationToken);
            if (published is not null && published.Id != draft.Id)
            {
                var unpublished = published with { IsPublished = false, IsLatest = false };
                changed.RemoveAll(d => d.Id == published.Id);
                changed.Add(unpublished);
            }

            draft = draft with { IsPublished = true };
            changed[changed.FindIndex(d => d.Id == draft.Id)] = draft;
        }

        await store.SaveAsync(changed, cancellationToken);
        cache.Invalidate(changed.Select(d => d.Id));
        if (publish)
        {
            await PublishedVersionChangedAsync(definitionId, cancellationToken);
        }

        return DefinitionChange.Saved(draft);
    }

    /// <summary>Publishes the latest version.</summary>
    public async Task<DefinitionChange> PublishAsync(string definitionId, CancellationToken cancellationToken)
    {
        var latest = await store.FindAsync(definitionId, VersionOptions.Latest, cancellationToken);
        if (latest is null)
        {
            return DefinitionChange.NotFound;
        }

        if (latest.IsPublished)
        {
            return DefinitionChange.Saved(latest);
        }

        return await SaveAsync(new DefinitionModel(definitionId, latest.Name, latest.Description, latest.Document), publish: true, cancellationToken);
    }

    /// <summary>Retracts the published version: new instances can no longer start until something is published.</summary>
    public async Task<DefinitionChange> RetractAsync(string definitionId, CancellationToken cancellationToken)
    {
        var published = await store.FindAsync(definitionId, VersionOptions.Published, cancellationToken);
        if (published is null)
        {
            return await store.FindAsync(definitionId, VersionOptions.Latest, cancellationToken) is null
                ? DefinitionChange.NotFound
                : DefinitionChange.Invalid(FieldErrors.Of("definitionId", "The definition has no published version to retract."));
        }

        var retracted = published with { IsPublished = false, UpdatedAt = clock.GetUtcNow() };
        await store.SaveAsync([retracted], cancellationToken);
        await PublishedVersionChangedAsync(definitionId, cancellationToken);
        return DefinitionChange.Saved(retracted);
    }

    /// <summary>Makes an older version's content the latest draft (a new version if the latest is published).</summary>
    public async Task<DefinitionChange> RevertAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        var old = await store.FindAsync(definitionId, VersionOptions.SpecificVersion(version), cancellationToken);
        return old is null
            ? DefinitionChange.NotFound
            : await SaveAsync(new DefinitionModel(definitionId, old.Name, old.Description, old.Document), publish: false, cancellationToken);
    }

    /// <summary>
    /// Deletes a definition with all its versions, unless an instance was ever started on it: instances keep their
    /// version for as long as they exist (and they are never deleted), so such a definition can only be retracted.
    /// </summary>
    public async Task<DefinitionChange> DeleteAsync(string definitionId, CancellationToken cancellationToken)
    {
        var versions = await store.ListVersionsAsync(definitionId, cancellationToken);
        if (versions.Count == 0)
        {
            return DefinitionChange.NotFound;
        }

        if (await HasInstancesAsync(new InstanceQuery { DefinitionId = definitionId, PageSize = 1 }, cancellationToken))
        {
            return DefinitionChange.Invalid(FieldErrors.Of("definitionId", InUse));
        }

        await store.DeleteAsync(definitionId, cancellationToken);
        cache.Invalidate(versions.Select(v => v.Id));
        await PublishedVersionChangedAsync(definitionId, cancellationToken);
        return DefinitionChange.Saved(versions.First(v => v.IsLatest));
    }

    /// <summary>Deletes one version that is neither the latest nor the published one and has no instances.</summary>
    public async Task<DefinitionChange> DeleteVersionAsync(string versionId, CancellationToken cancellationToken)
    {
        var version = await store.FindByVersionIdAsync(versionId, cancellationToken);
        if (version is null)
        {
            return DefinitionChange.NotFound;
        }

        if (version.IsLatest || version.IsPublished)
        {
            return DefinitionChange.Invalid(FieldErrors.Of("id", "The latest and the published version cannot be deleted."));
        }

        if (await HasInstancesAsync(new InstanceQuery { DefinitionVersionId = versionId, PageSize = 1 }, cancellationToken))
        {
            return DefinitionChange.Invalid(FieldErrors.Of("id", InUse));
        }

        await store.DeleteVersionAsync(versionId, cancellationToken);
        cache.Invalidate([versionId]);
        return DefinitionChange.Saved(version);
    }

    // The compiler's errors, then (for a definition that compiles) what the listeners cannot accept, such as a timer
    // trigger whose schedule cannot be read.
    private FieldErrors Check(WorkflowDefinition definition)
    {
        var compilation = compiler.Compile(definition);
        if (compilation.Errors.IsEmpty && compilation.Blueprint is { } blueprint)
        {
            foreach (var listener in listeners)
            {
                listener.Check(blueprint, compilation.Errors);
            }
        }

        return compilation.Errors;
    }

    // After the published version's change is stored: a node that dies before this is brought in step when its pump
    // first runs (ScheduledStarts.RefreshAllAsync).
    private async Task PublishedVersionChangedAsync(string definitionId, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            await listener.PublishedVersionChangedAsync(definitionId, cancellationToken);
        }
    }

    private static WorkflowDefinition ToDefinition(DefinitionModel model, string id, string definitionId, int version, DateTimeOffset createdAt) =>
        new()
        {
            Id = id,
            DefinitionId = definitionId,
            Version = version,
            IsLatest = true,
            IsPublished = false,
            Name = model.Name,
            Description = model.Description,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
            Document = (System.Text.Json.Nodes.JsonObject)model.Document.DeepClone(),
        };

    private async Task<bool> HasInstancesAsync(InstanceQuery query, CancellationToken cancellationToken) =>
        (await instances.ListAsync(query, cancellationToken)).Items.Count > 0;
}

/// <summary>The outcome of a definition change.</summary>
/// <param name="Definition">The version saved, when it was.</param>
/// <param name="Errors">Why it was refused, when it was.</param>
/// <param name="IsNotFound">True when the definition does not exist.</param>
public sealed record DefinitionChange(WorkflowDefinition? Definition, FieldErrors? Errors, bool IsNotFound)
{
    /// <summary>The definition does not exist.</summary>
    public static DefinitionChange NotFound { get; } = new(null, null, true);

    /// <summary>Saved.</summary>
    public static DefinitionChange Saved(WorkflowDefinition definition) => new(definition, null, false);

    /// <summary>Refused with field errors; nothing stored.</summary>
    public static DefinitionChange Invalid(FieldErrors errors) => new(null, errors, false);
}
