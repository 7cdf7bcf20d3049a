using Velferd.Workflows.Core.Definitions;

namespace Velferd.Workflows.Core.Runtime;

/// <summary>
/// Finds the blueprint an instance runs. Published versions come from the cache; drafts (run from the designer)
/// are read and compiled each time, since they may still change.
/// </summary>
public sealed class WorkflowBlueprintProvider(
    IWorkflowDefinitionStore store, WorkflowBlueprintCompiler compiler, WorkflowBlueprintCache cache)
{
    /// <summary>The blueprint of a version, or null if the version no longer exists or no longer compiles.</summary>
    public async Task<WorkflowBlueprint?> FindAsync(string versionId, CancellationToken cancellationToken)
    {
        var cached = cache.Find(versionId);
        if (cached is not null)
        {
            return cached;
        }

        var definition = await store.FindByVersionIdAsync(versionId, cancellationToken);
        if (definition is null)
        {
            return null;
        }

        var blueprint = compiler.Compile(definition).Blueprint;
        if (blueprint is not null && definition.IsPublished)
        {
            cache.Add(blueprint);
        }

        return blueprint;
    }
}
