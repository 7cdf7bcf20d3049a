namespace Velferd.Workflows.Persistence.Letters;

/// <summary>A <c>welfare_letters</c> row.</summary>
public sealed class LetterRow
{
    public required string Id { get; set; }

    public required string CaseId { get; set; }

    public required string PersonId { get; set; }

    public string? ReportId { get; set; }

    public required string Kind { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public string? Reasons { get; set; }

    public string? AppealInformation { get; set; }

    public string? MeetingId { get; set; }

    public required string Status { get; set; }

    public string? Channel { get; set; }

    public string? ShipmentId { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
