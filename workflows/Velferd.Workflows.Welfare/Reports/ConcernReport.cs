using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Welfare.Reports;

/// <summary>
/// A melding (bekymringsmelding) about one child (R-20: a melding naming several children is one record each). It
/// belongs to the child's barnevern case; its deadlines live in the P3 pathway instance whose correlation id is
/// <see cref="Id"/>. Changes go through <see cref="ReportRules"/>.
/// </summary>
public sealed record ConcernReport
{
    /// <summary>Time-ordered id; the P3 instance's correlation id.</summary>
    public required string Id { get; init; }

    /// <summary>Shared by the records registered from one melding (siblings, R-20).</summary>
    public required string MeldingId { get; init; }

    /// <summary>The child's position in the melding.</summary>
    public required int ChildIndex { get; init; }

    /// <summary>The barnevern case it belongs to.</summary>
    public required string CaseId { get; init; }

    /// <summary>The kommunenummer.</summary>
    public required string Municipality { get; init; }

    /// <summary>The barnevern team that reviews it.</summary>
    public required string Team { get; init; }

    /// <summary>The child as reported, kept even when the number is bad .</summary>
    public required PersonIdentity Child { get; init; }

    /// <summary>A <see cref="ChildIdentityStatuses"/> value.</summary>
    public required string ChildIdentityStatus { get; init; }

    /// <summary>When barnevernet received it; the deadlines run from here .</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>When it was registered.</summary>
    public required DateTimeOffset RegisteredAt { get; init; }

    /// <summary>Who registered it (any authorised employee, R-11).</summary>
    public required string RegisteredBy { get; init; }

    /// <summary>A <see cref="ReportChannels"/> value.</summary>
    public required string Channel { get; init; }

    /// <summary>A <see cref="ReporterCategories"/> value.</summary>
    public required string ReporterCategory { get; init; }

    /// <summary>The reporter's role (skole, nabo, …).</summary>
    public string? ReporterRole { get; init; }

    /// <summary>The reporter's organisation.</summary>
    public string? ReporterOrganisation { get; init; }

    /// <summary>A public reporter's organisation number, where the feedback goes by SvarUt .</summary>
    public string? ReporterOrganisationNumber { get; init; }

    /// <summary>A private reporter's fødselsnummer or D-number, where the receipt goes; never logged, never a pathway's input.</summary>
    public string? ReporterNumber { get; init; }

    /// <summary>What the melding says (never logged).</summary>
    public required string Text { get; init; }

    /// <summary>Acute: the leader on duty handles it within 24 hours .</summary>
    public bool Acute { get; init; }

    /// <summary>A <see cref="ReportStatuses"/> value.</summary>
    public required string Status { get; init; }

    /// <summary>The SSB code once known .</summary>
    public int? SsbCode { get; init; }

    /// <summary>The investigation it opened or was attached to.</summary>
    public string? InvestigationId { get; init; }

    /// <summary>The review's outcome (<see cref="ReviewOutcomes"/>).</summary>
    public string? ReviewOutcome { get; init; }

    /// <summary>The review's reasons.</summary>
    public string? ReviewReason { get; init; }

    /// <summary>When the review was decided.</summary>
    public DateTimeOffset? ReviewedAt { get; init; }

    /// <summary>Who reviewed it.</summary>
    public string? ReviewedBy { get; init; }

    /// <summary>Bumped by every stored change; a stale update is refused.</summary>
    public long Revision { get; init; }

    /// <summary>True while the review is owed.</summary>
    public bool AwaitsReview => Status == ReportStatuses.Received;
}
