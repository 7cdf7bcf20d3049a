namespace Velferd.Workflows.Persistence.Access;

/// <summary>A <c>welfare_break_glass</c> row.</summary>
public sealed class BreakGlassRow
{
    public required string Id { get; set; }

    public required string CaseId { get; set; }

    public required string Team { get; set; }

    public required string User { get; set; }

    public required string Reason { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public string? EndedBy { get; set; }
}
