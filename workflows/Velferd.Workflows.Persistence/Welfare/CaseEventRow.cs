namespace Velferd.Workflows.Persistence.Welfare;

/// <summary>A <c>welfare_case_events</c> row: one entry of a case's timeline (append-only).</summary>
public sealed class CaseEventRow
{
    public required string Id { get; set; }

    public required string CaseId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Kind { get; set; }

    public required string By { get; set; }

    public string? Detail { get; set; }
}
