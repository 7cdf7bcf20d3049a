namespace Velferd.Workflows.Persistence.TeamWork;

/// <summary>A <c>welfare_handovers</c> row: an offer of a case's baton .</summary>
public sealed class HandoverRow
{
    public required string Id { get; set; }

    public required string CaseId { get; set; }

    public required string FromUser { get; set; }

    public required string ToUser { get; set; }

    public DateTimeOffset OfferedAt { get; set; }

    public required string OfferedBy { get; set; }

    public DateTimeOffset RemindAt { get; set; }

    /// <summary>A concurrency token with <see cref="RemindedAt"/>: an offer is answered, and reminded, once.</summary>
    public required string Status { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public DateTimeOffset? RemindedAt { get; set; }
}
