namespace Velferd.Workflows.Welfare.Reports;

/// <summary>
/// SSB's codes for meldinger and investigations, and the P3 end code each gives (DOMAIN.md §6 P3).
/// </summary>
public static class SsbCodes
{
    /// <summary>Melding closed after review.</summary>
    public const int ReportClosed = 1;

    /// <summary>Melding led to an investigation.</summary>
    public const int ReportInvestigated = 2;

    /// <summary>Melding closed because measures are already active.</summary>
    public const int ReportClosedActiveMeasures = 3;

    /// <summary>Melding about a child whose investigation is ongoing .</summary>
    public const int ReportOngoingInvestigation = 4;

    /// <summary>The lowest investigation conclusion code.</summary>
    public const int FirstConclusion = 1;

    /// <summary>The highest investigation conclusion code.</summary>
    public const int LastConclusion = 6;

    /// <summary>The end code of a melding closed at review.</summary>
    public static string ClosedEndCode(bool activeMeasures) => activeMeasures ? "HENLAGT_AKTIVE_TILTAK" : "HENLAGT_ETTER_GJENNOMGANG";

    /// <summary>The end code of an attached melding .</summary>
    public const string AttachedEndCode = "KNYTTET_TIL_PÅGÅENDE_UNDERSØKELSE";

    /// <summary>
    /// The end code of an investigation concluded with <paramref name="code"/>: 1 measures, 2 county board, 3 closed
    /// after assessment, 4 at the party's wish, 5 moved, 6 referred.
    /// </summary>
    public static string ConclusionEndCode(int code) => code switch
    {
        1 => "VEDTAK_TILTAK",
        2 => "BEGJÆRING_NEMND",
        3 => "UNDERSØKELSE_HENLAGT_VURDERING",
        4 => "UNDERSØKELSE_HENLAGT_PARTENS_ØNSKE",
        5 => "UNDERSØKELSE_HENLAGT_FLYTTING",
        6 => "UNDERSØKELSE_HENLAGT_HENVIST",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "SSB investigation codes are 1–6."),
    };
}
