namespace Velferd.Workflows.Core.InstanceMigration;

/// <summary>
/// Which activity of the target version takes over from an activity of the source version. An activity the process
/// owner does not name keeps its id when the target has an activity with that id, as in Camunda's and Elsa's
/// migration plans: renamed or replaced steps are the only ones that need a line.
/// </summary>
public sealed class ActivityMap(IReadOnlyDictionary<string, string> explicitMoves)
{
    /// <summary>No explicit lines: every activity keeps its id.</summary>
    public static ActivityMap SameIds { get; } = new(new Dictionary<string, string>());

    /// <summary>The lines the process owner gave, source activity id → target activity id.</summary>
    public IReadOnlyDictionary<string, string> ExplicitMoves { get; } = explicitMoves;

    /// <summary>The target activity for <paramref name="sourceActivityId"/>, or null when the target has none.</summary>
    public string? TargetOf(string sourceActivityId, IReadOnlySet<string> targetActivityIds)
    {
        if (ExplicitMoves.TryGetValue(sourceActivityId, out var target))
        {
            return target;
        }

        return targetActivityIds.Contains(sourceActivityId) ? sourceActivityId : null;
    }
}
