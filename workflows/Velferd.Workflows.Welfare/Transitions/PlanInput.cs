namespace Velferd.Workflows.Welfare.Transitions;

/// <summary>An ettervern plan as the caseworker records it (R-42: goal, content, intended duration, responsibility).</summary>
/// <param name="SignedOn">The day the young person signed it (default today).</param>
/// <param name="Goal">The goal.</param>
/// <param name="Content">The content: which measures.</param>
/// <param name="IntendedDuration">How long it is meant to last.</param>
/// <param name="Responsibility">Who is responsible for what.</param>
/// <param name="YoungPersonConsents">The young person's consent to ettervern; must be true.</param>
public sealed record PlanInput(DateOnly? SignedOn, string? Goal, string? Content, string? IntendedDuration, string? Responsibility, bool? YoungPersonConsents);
