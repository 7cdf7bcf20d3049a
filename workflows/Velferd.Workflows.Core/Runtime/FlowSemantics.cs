namespace Velferd.Workflows.Core.Runtime;

/// <summary>
/// How an instance follows its flowchart's connections. An instance keeps the semantics it started under
/// (<see cref="WorkflowState.FlowSemantics"/>), so a change here never re-routes a case that is already running.
/// </summary>
public static class FlowSemantics
{
    /// <summary>
    /// Before Elsa 3 compatibility (instances stored before 2026-12-05): every arrival runs the target again;
    /// only <c>Elsa.FlowJoin</c> waits, <c>Elsa.End</c> ends its own branch.
    /// </summary>
    public const int PerArrival = 1;

    /// <summary>
    /// Elsa 3's token flow: each followed connection leaves a token, and the target's merge mode decides when the
    /// tokens waiting for it let it run (see <see cref="MergeMode"/>); <c>Elsa.End</c> completes the flowchart.
    /// </summary>
    public const int ElsaTokens = 2;

    /// <summary>What a new instance starts under.</summary>
    public const int Current = ElsaTokens;
}
