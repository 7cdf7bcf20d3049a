namespace Velferd.Workflows.Persistence.Welfare;

/// <summary>A <c>welfare_cases</c> row.</summary>
public sealed class WelfareCaseRow
{
    public required string Id { get; set; }

    public required string Municipality { get; set; }

    public required string Kind { get; set; }

    public int? Level { get; set; }

    public required string Team { get; set; }

    public string? Question { get; set; }

    public required string Status { get; set; }

    public string? EndCode { get; set; }

    public string? CloseReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The concurrency token: one more on every stored change.</summary>
    public long Revision { get; set; }

    public List<CasePersonRow> Persons { get; set; } = [];

    public List<CaseMemberRow> Members { get; set; } = [];
}
