namespace Velferd.Workflows.Persistence.IndividualPlans;

/// <summary>A row of <c>welfare_coordinators</c>.</summary>
public sealed class CoordinatorRow
{
    /// <summary>Id.</summary>
    public required string Id { get; set; }

    /// <summary>The case.</summary>
    public required string CaseId { get; set; }

    /// <summary>The appointed user.</summary>
    public required string UserName { get; set; }

    /// <summary>Kind.</summary>
    public required string Kind { get; set; }

    /// <summary>Status.</summary>
    public required string Status { get; set; }

    /// <summary>Appointed at.</summary>
    public DateTimeOffset AppointedAt { get; set; }

    /// <summary>Appointed by.</summary>
    public required string AppointedBy { get; set; }

    /// <summary>Accepted at.</summary>
    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>Left at.</summary>
    public DateTimeOffset? LeftAt { get; set; }

    /// <summary>Why the koordinator left.</summary>
    public string? LeaveReason { get; set; }

    /// <summary>Concurrency token.</summary>
    public long Revision { get; set; }
}
