namespace Velferd.Workflows.Welfare.Audit;

/// <summary>Which audit rows to read, newest first.</summary>
public sealed record AuditQuery
{
    /// <summary>Only this case's rows.</summary>
    public string? CaseId { get; init; }

    /// <summary>Only this user's rows.</summary>
    public string? User { get; init; }

    /// <summary>Only rows written through break-glass.</summary>
    public bool? BreakGlass { get; init; }

    /// <summary>The most rows returned.</summary>
    public int Take { get; init; } = 1000;
}
