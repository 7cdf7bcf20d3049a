namespace Velferd.Workflows.Welfare.IndividualPlans;

/// <summary>
/// A koordinator or barnekoordinator appointed on an IP case: offered, then counted only after the
/// appointed user accepts; one at a time; when one leaves, the case is «uten koordinator» until a successor accepts.
/// </summary>
public sealed record Coordinator
{
    /// <summary>Time-ordered id.</summary>
    public required string Id { get; init; }

    /// <summary>The IP case.</summary>
    public required string CaseId { get; init; }

    /// <summary>The appointed user's name.</summary>
    public required string User { get; init; }

    /// <summary><see cref="CoordinatorKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary><see cref="CoordinatorStatuses"/>.</summary>
    public required string Status { get; init; }

    /// <summary>When appointed.</summary>
    public required DateTimeOffset AppointedAt { get; init; }

    /// <summary>Who appointed (the koordinerende enhet).</summary>
    public required string AppointedBy { get; init; }

    /// <summary>When the appointed user accepted .</summary>
    public DateTimeOffset? AcceptedAt { get; init; }

    /// <summary>When the koordinator left.</summary>
    public DateTimeOffset? LeftAt { get; init; }

    /// <summary>Why the koordinator left.</summary>
    public string? LeaveReason { get; init; }

    /// <summary>Bumped by every stored change; a stale update is refused.</summary>
    public long Revision { get; init; }

    /// <summary>True while offered or accepted: there can be only one such .</summary>
    public bool IsCurrent => Status is CoordinatorStatuses.Offered or CoordinatorStatuses.Active;
}
