namespace Velferd.Workflows.Persistence.Transitions;

/// <summary>A row of <c>welfare_measures</c>.</summary>
public sealed class MeasureRow
{
    /// <summary>Id.</summary>
    public required string Id { get; set; }

    /// <summary>The case.</summary>
    public required string CaseId { get; set; }

    /// <summary>Kind.</summary>
    public required string Kind { get; set; }

    /// <summary>Start date.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Status.</summary>
    public required string Status { get; set; }

    /// <summary>Why it ended.</summary>
    public string? EndReason { get; set; }

    /// <summary>The termination vedtak that ended it.</summary>
    public string? EndedByDecisionId { get; set; }

    /// <summary>Ended at.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Ended by.</summary>
    public string? EndedBy { get; set; }

    /// <summary>Registered at.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Registered by.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>Concurrency token.</summary>
    public long Revision { get; set; }
}
