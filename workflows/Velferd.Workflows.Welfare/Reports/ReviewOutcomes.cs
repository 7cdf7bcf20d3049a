namespace Velferd.Workflows.Welfare.Reports;

/// <summary>The outcomes of a melding's review .</summary>
public static class ReviewOutcomes
{
    /// <summary>Close, with reasons.</summary>
    public const string Close = "henlegg";

    /// <summary>Open an investigation.</summary>
    public const string Investigate = "undersok";

    /// <summary>Both outcomes.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Close, Investigate };
}
