namespace Velferd.Workflows.Core.Runtime;

/// <summary>
/// What an activity does with several inbound branches, by the names Elsa 3 stores in an activity's
/// <c>customProperties.mergeMode</c>. Set on the flowchart itself, it is the default for its activities.
/// </summary>
public enum MergeMode
{
    /// <summary>Not set: the flowchart's mode, else <see cref="Stream"/>.</summary>
    None,

    /// <summary>Runs once no branch leading into it is still under way (branches never taken do not hold it back).</summary>
    Stream,

    /// <summary>Runs when every forward inbound connection has delivered (connections that loop back are not waited for).</summary>
    Merge,

    /// <summary>Runs when every inbound connection, the looping ones too, has delivered.</summary>
    Converge,

    /// <summary>Runs once for each arrival.</summary>
    Cascade,

    /// <summary>Runs on the first arrival, cancels the branches still under way and ignores later arrivals.</summary>
    Race,
}

/// <summary>Reads a merge mode as Elsa writes it (case-insensitive; unknown or empty is <see cref="MergeMode.None"/>).</summary>
public static class MergeModes
{
    /// <summary>The mode named by <paramref name="text"/>.</summary>
    public static MergeMode Parse(string? text) =>
        Enum.TryParse<MergeMode>(text, ignoreCase: true, out var mode) && Enum.IsDefined(mode) ? mode : MergeMode.None;
}
