namespace Velferd.Workflows.Persistence.Transitions;

/// <summary>A row of <c>welfare_transition_decisions</c>.</summary>
public sealed class TransitionDecisionRow
{
    /// <summary>Id.</summary>
    public required string Id { get; set; }

    /// <summary>The case.</summary>
    public required string CaseId { get; set; }

    /// <summary>Kind.</summary>
    public required string Kind { get; set; }

    /// <summary>Decided on.</summary>
    public DateOnly DecidedOn { get; set; }

    /// <summary>Plan goal.</summary>
    public string? Goal { get; set; }

    /// <summary>Plan content.</summary>
    public string? Content { get; set; }

    /// <summary>Plan intended duration.</summary>
    public string? IntendedDuration { get; set; }

    /// <summary>Plan responsibility.</summary>
    public string? Responsibility { get; set; }

    /// <summary>Reason.</summary>
    public string? Reason { get; set; }

    /// <summary>Ask again on.</summary>
    public DateOnly? AskAgainOn { get; set; }

    /// <summary>Appeal information.</summary>
    public string? AppealInformation { get; set; }

    /// <summary>Recorded at.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>Recorded by.</summary>
    public required string RecordedBy { get; set; }
}
