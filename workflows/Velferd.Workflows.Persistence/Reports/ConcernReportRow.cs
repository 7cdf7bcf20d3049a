namespace Velferd.Workflows.Persistence.Reports;

/// <summary>A row of <c>welfare_reports</c>: one melding's record for one child.</summary>
public sealed class ConcernReportRow
{
    /// <summary>Id; the P3 instance's correlation id.</summary>
    public required string Id { get; set; }

    /// <summary>Shared by the records of one melding.</summary>
    public required string MeldingId { get; set; }

    /// <summary>The child's position in the melding.</summary>
    public int ChildIndex { get; set; }

    /// <summary>The case.</summary>
    public required string CaseId { get; set; }

    /// <summary>Kommunenummer.</summary>
    public required string Municipality { get; set; }

    /// <summary>The barnevern team.</summary>
    public required string Team { get; set; }

    /// <summary>The child's identity kind.</summary>
    public required string ChildIdentityKind { get; set; }

    /// <summary>The child's number as reported (personal data: never logged).</summary>
    public string? ChildNumber { get; set; }

    /// <summary>An unborn child's due date.</summary>
    public DateOnly? ChildDueDate { get; set; }

    /// <summary>IDENTIFISERT, UFØDT or IDENTITET_UAVKLART.</summary>
    public required string ChildIdentityStatus { get; set; }

    /// <summary>Received.</summary>
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>Registered.</summary>
    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>Registered by.</summary>
    public required string RegisteredBy { get; set; }

    /// <summary>Channel.</summary>
    public required string Channel { get; set; }

    /// <summary>Reporter category.</summary>
    public required string ReporterCategory { get; set; }

    /// <summary>Reporter role.</summary>
    public string? ReporterRole { get; set; }

    /// <summary>Reporter organisation.</summary>
    public string? ReporterOrganisation { get; set; }

    /// <summary>A public reporter's organisation number (R-17 feedback by SvarUt).</summary>
    public string? ReporterOrganisationNumber { get; set; }

    /// <summary>A private reporter's fødselsnummer or D-number (R-17 receipt).</summary>
    public string? ReporterNumber { get; set; }

    /// <summary>The melding's text.</summary>
    public required string Text { get; set; }

    /// <summary>Acute.</summary>
    public bool Acute { get; set; }

    /// <summary>Status.</summary>
    public required string Status { get; set; }

    /// <summary>SSB code.</summary>
    public int? SsbCode { get; set; }

    /// <summary>The investigation opened or attached to.</summary>
    public string? InvestigationId { get; set; }

    /// <summary>Review outcome.</summary>
    public string? ReviewOutcome { get; set; }

    /// <summary>Review reason.</summary>
    public string? ReviewReason { get; set; }

    /// <summary>Reviewed at.</summary>
    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>Reviewed by.</summary>
    public string? ReviewedBy { get; set; }

    /// <summary>Concurrency token.</summary>
    public long Revision { get; set; }
}
