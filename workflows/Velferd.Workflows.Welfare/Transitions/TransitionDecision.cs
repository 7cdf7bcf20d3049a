namespace Velferd.Workflows.Welfare.Transitions;

/// <summary>
/// A recorded transition decision on a barnevern case. Free texts are the young person's plan or the
/// vedtak's reasons: stored and shown to the case's team, never logged.
/// </summary>
public sealed record TransitionDecision
{
    /// <summary>Time-ordered id.</summary>
    public required string Id { get; init; }

    /// <summary>The barnevern case.</summary>
    public required string CaseId { get; init; }

    /// <summary><see cref="TransitionDecisionKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The day it was decided: the plan signed, the decline given, the vedtak made (Oslo date).</summary>
    public required DateOnly DecidedOn { get; init; }

    /// <summary>Plan: the goal .</summary>
    public string? Goal { get; init; }

    /// <summary>Plan: the content (measures).</summary>
    public string? Content { get; init; }

    /// <summary>Plan: the intended duration.</summary>
    public string? IntendedDuration { get; init; }

    /// <summary>Plan: who is responsible for what.</summary>
    public string? Responsibility { get; init; }

    /// <summary>Decline: the young person's reason if given; vedtak: the reasons (required, R-45).</summary>
    public string? Reason { get; init; }

    /// <summary>Decline: the day the service asks again (decline + 12 months, R-43).</summary>
    public DateOnly? AskAgainOn { get; init; }

    /// <summary>Vedtak: the appeal information the letter carries .</summary>
    public string? AppealInformation { get; init; }

    /// <summary>When it was recorded.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>Who recorded it.</summary>
    public required string RecordedBy { get; init; }
}
