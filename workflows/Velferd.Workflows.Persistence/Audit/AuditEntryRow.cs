namespace Velferd.Workflows.Persistence.Audit;

/// <summary>An <c>audit_entries</c> row: appended, never changed (a trigger refuses UPDATE and DELETE).</summary>
public sealed class AuditEntryRow
{
    public required string Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string User { get; set; }

    public required string Role { get; set; }

    public required string Service { get; set; }

    public string? CaseId { get; set; }

    public string? PersonRef { get; set; }

    public required string Action { get; set; }

    public required string Purpose { get; set; }

    public bool BreakGlass { get; set; }

    public required string Route { get; set; }
}
