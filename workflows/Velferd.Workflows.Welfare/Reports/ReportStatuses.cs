namespace Velferd.Workflows.Welfare.Reports;

/// <summary>Where a melding stands.</summary>
public static class ReportStatuses
{
    /// <summary>Received, waiting for its review .</summary>
    public const string Received = "MOTTATT";

    /// <summary>Closed after review (SSB code 1 or 3).</summary>
    public const string Closed = "HENLAGT";

    /// <summary>Reviewed; an investigation was opened (SSB code 2).</summary>
    public const string Investigating = "UNDERSØKES";

    /// <summary>Attached to the child's open investigation (SSB code 4, R-19).</summary>
    public const string Attached = "KNYTTET_TIL_UNDERSØKELSE";
}
