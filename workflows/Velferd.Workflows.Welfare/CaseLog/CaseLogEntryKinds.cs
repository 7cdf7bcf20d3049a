namespace Velferd.Workflows.Welfare.CaseLog;

/// <summary>The kinds of stafettlogg entry, with the codes the API uses.</summary>
public static class CaseLogEntryKinds
{
    /// <summary>A goal (mål) agreed with the family.</summary>
    public const string Goal = "goal";

    /// <summary>A measure (tiltak), with the responsible service, its due date and status.</summary>
    public const string Measure = "measure";

    /// <summary>A meeting (møte) and what came of it.</summary>
    public const string Meeting = "meeting";

    /// <summary>An evaluation (evaluering): goal attainment 1–5 and the child's experience.</summary>
    public const string Evaluation = "evaluation";

    /// <summary>Every kind.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Goal, Measure, Meeting, Evaluation };
}
