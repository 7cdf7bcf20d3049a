namespace Velferd.Workflows.Persistence.IndividualPlans;

/// <summary>A row of <c>welfare_individual_plans</c>.</summary>
public sealed class IndividualPlanRow
{
    /// <summary>Id.</summary>
    public required string Id { get; set; }

    /// <summary>The case (one row per case).</summary>
    public required string CaseId { get; set; }

    /// <summary>Received on.</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>The need.</summary>
    public required string Need { get; set; }

    /// <summary>The services, comma-separated codes.</summary>
    public required string Services { get; set; }

    /// <summary>Long-term needs.</summary>
    public bool LongTermNeeds { get; set; }

    /// <summary>The decision on the right.</summary>
    public string? Right { get; set; }

    /// <summary>Decided on.</summary>
    public DateOnly? RightDecidedOn { get; set; }

    /// <summary>The reasons.</summary>
    public string? RightReason { get; set; }

    /// <summary>The wish.</summary>
    public bool? Wanted { get; set; }

    /// <summary>When the wish was recorded.</summary>
    public DateTimeOffset? WishRecordedAt { get; set; }

    /// <summary>Registered at.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Registered by.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>Concurrency token.</summary>
    public long Revision { get; set; }
}
