using System.Collections.Concurrent;

namespace Velferd.Workflows.Core.Runtime;

/// <summary>
/// Compiled blueprints of published versions, by version id. Published versions do not change, so each is
/// compiled once per node; saves on this node invalidate what they touch.
/// </summary>
public sealed class WorkflowBlueprintCache
{
    private readonly ConcurrentDictionary<string, WorkflowBlueprint> _blueprints = new(StringComparer.Ordinal);

    /// <summary>A cached blueprint, or null.</summary>
    public WorkflowBlueprint? Find(string versionId) => _blueprints.GetValueOrDefault(versionId);

    /// <summary>Caches a blueprint.</summary>
    public void Add(WorkflowBlueprint blueprint) => _blueprints[blueprint.Definition.Id] = blueprint;

    /// <summary>Forgets versions that changed.</summary>
    public void Invalidate(IEnumerable<string> versionIds)
    {
        foreach (var id in versionIds)
        {
            _blueprints.TryRemove(id, out _);
        }
    }
}
