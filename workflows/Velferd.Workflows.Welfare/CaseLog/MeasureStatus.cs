namespace Velferd.Workflows.Welfare.CaseLog;

/// <summary>Where a measure stands (P2 step 7: status per measure), with the codes the API uses.</summary>
public static class MeasureStatus
{
    /// <summary>Agreed, not started.</summary>
    public const string Planned = "planlagt";

    /// <summary>Under way.</summary>
    public const string Ongoing = "pågår";

    /// <summary>Done.</summary>
    public const string Done = "fullført";

    /// <summary>Stopped.</summary>
    public const string Stopped = "avbrutt";

    /// <summary>Every status.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Planned, Ongoing, Done, Stopped };
}
