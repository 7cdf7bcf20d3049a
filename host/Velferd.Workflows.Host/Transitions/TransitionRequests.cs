namespace Velferd.Workflows.Host.Transitions;

/// <summary>The body of <c>POST /api/cases/{id}/measures</c>.</summary>
/// <param name="Kind"><c>hjelpetiltak</c>, <c>omsorgstiltak</c> or <c>ettervern</c>.</param>
/// <param name="StartDate">The first day, <c>YYYY-MM-DD</c>.</param>
public sealed record MeasureRequest(string? Kind, string? StartDate);

/// <summary>The body of <c>POST /api/measures/{id}/end</c>.</summary>
/// <param name="Reason">Why it ends.</param>
/// <param name="AtOwnWish">True when the young person asks to end it (from 18 otherwise an enkeltvedtak, R-45).</param>
public sealed record EndMeasureRequest(string? Reason, bool? AtOwnWish);

/// <summary>The body of <c>POST /api/cases/{id}/ettervern/plan</c> (R-42).</summary>
/// <param name="SignedOn">The day the young person signed, <c>YYYY-MM-DD</c> (default today).</param>
/// <param name="Goal">The goal.</param>
/// <param name="Content">The content.</param>
/// <param name="IntendedDuration">The intended duration.</param>
/// <param name="Responsibility">Who is responsible for what.</param>
/// <param name="YoungPersonConsents">The young person's consent; must be true.</param>
public sealed record PlanRequest(string? SignedOn, string? Goal, string? Content, string? IntendedDuration, string? Responsibility, bool? YoungPersonConsents);

/// <summary>The body of <c>POST /api/cases/{id}/ettervern/decline</c> (R-43).</summary>
/// <param name="DeclinedOn">The day the young person declined, <c>YYYY-MM-DD</c> (default today).</param>
/// <param name="Reason">The young person's reason, if given.</param>
public sealed record DeclineRequest(string? DeclinedOn, string? Reason);

/// <summary>The body of <c>POST /api/cases/{id}/ettervern/termination-decision</c> (R-45).</summary>
/// <param name="DecidedOn">The vedtak's date, <c>YYYY-MM-DD</c> (default today).</param>
/// <param name="Reason">The reasons (required).</param>
public sealed record TerminationRequest(string? DecidedOn, string? Reason);
