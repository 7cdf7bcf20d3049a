namespace Velferd.Workflows.Welfare.Transitions;

/// <summary>A barnevern case's young person with their measures and transition decisions: what the red list and the KPIs read.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Team">The case's team.</param>
/// <param name="BirthDate">The young person's birth date (Folkeregisteret's when it answered, R-40).</param>
/// <param name="CaseOpen">False once the case is closed.</param>
/// <param name="Measures">Every measure of the case.</param>
/// <param name="Decisions">Every transition decision of the case, oldest first.</param>
public sealed record TransitionStanding(
    string CaseId, string Team, DateOnly BirthDate, bool CaseOpen, IReadOnlyList<Measure> Measures, IReadOnlyList<TransitionDecision> Decisions);
