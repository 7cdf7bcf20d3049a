namespace Velferd.Workflows.Welfare.Reports;

/// <summary>Timeline kinds of meldinger and investigations.</summary>
public static class ReportEventKinds
{
    /// <summary>A melding was registered.</summary>
    public const string Received = "melding-mottatt";

    /// <summary>A melding was attached to the child's open investigation .</summary>
    public const string Attached = "melding-knyttet-til-undersokelse";

    /// <summary>A melding was closed at review.</summary>
    public const string Closed = "melding-henlagt";

    /// <summary>An investigation was opened.</summary>
    public const string InvestigationStarted = "undersokelse-startet";

    /// <summary>An investigation was concluded.</summary>
    public const string InvestigationConcluded = "undersokelse-konkludert";

    /// <summary>A deviation note was written .</summary>
    public const string DeviationNote = "avviksnotat";
}
