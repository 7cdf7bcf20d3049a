namespace Velferd.Workflows.Persistence.Reports;

/// <summary>A row of <c>welfare_investigations</c>.</summary>
public sealed class InvestigationRow
{
    /// <summary>Id.</summary>
    public required string Id { get; set; }

    /// <summary>The case.</summary>
    public required string CaseId { get; set; }

    /// <summary>The melding whose review opened it.</summary>
    public required string ReportId { get; set; }

    /// <summary>The barnevern team.</summary>
    public required string Team { get; set; }

    /// <summary>Start date .</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>The undersøkelsesfrist's id.</summary>
    public required string DeadlineId { get; set; }

    /// <summary>SSB conclusion code.</summary>
    public int? ConclusionCode { get; set; }

    /// <summary>Conclusion reason.</summary>
    public string? ConclusionReason { get; set; }

    /// <summary>Concluded at.</summary>
    public DateTimeOffset? ConcludedAt { get; set; }

    /// <summary>Concluded by.</summary>
    public string? ConcludedBy { get; set; }

    /// <summary>Opened at.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Opened by.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>Concurrency token.</summary>
    public long Revision { get; set; }

    /// <summary>Deviation notes.</summary>
    public List<DeviationNoteRow> DeviationNotes { get; set; } = [];
}
