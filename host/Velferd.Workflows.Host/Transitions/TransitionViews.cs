using Velferd.Workflows.Welfare.Transitions;

namespace Velferd.Workflows.Host.Transitions;

/// <summary>A measure as the API shows it.</summary>
/// <param name="Id">Id.</param>
/// <param name="CaseId">The case.</param>
/// <param name="Kind">Kind.</param>
/// <param name="StartDate">First day.</param>
/// <param name="Status"><c>AKTIV</c> or <c>AVSLUTTET</c>.</param>
/// <param name="EndReason">Why it ended.</param>
/// <param name="EndedAt">When it ended.</param>
/// <param name="EndedByDecisionId">The termination vedtak that ended it.</param>
public sealed record MeasureView(
    string Id, string CaseId, string Kind, DateOnly StartDate, string Status, string? EndReason, DateTimeOffset? EndedAt, string? EndedByDecisionId)
{
    /// <summary>The view of <paramref name="measure"/>.</summary>
    public static MeasureView Of(Measure measure) => new(
        measure.Id, measure.CaseId, measure.Kind, measure.StartDate, measure.Status, measure.EndReason, measure.EndedAt, measure.EndedByDecisionId);
}

/// <summary>A transition decision as the API shows it.</summary>
/// <param name="Id">Id.</param>
/// <param name="CaseId">The case.</param>
/// <param name="Kind"><c>ETTERVERNSPLAN</c>, <c>AVSLÅTT</c> or <c>OPPHØRSVEDTAK</c>.</param>
/// <param name="DecidedOn">The day.</param>
/// <param name="Goal">Plan: goal.</param>
/// <param name="Content">Plan: content.</param>
/// <param name="IntendedDuration">Plan: intended duration.</param>
/// <param name="Responsibility">Plan: responsibility.</param>
/// <param name="Reason">Decline or vedtak: reason.</param>
/// <param name="AskAgainOn">Decline: the day to ask again .</param>
/// <param name="AppealInformation">Vedtak: the appeal information .</param>
/// <param name="RecordedAt">Recorded at.</param>
/// <param name="RecordedBy">Recorded by.</param>
public sealed record TransitionDecisionView(
    string Id, string CaseId, string Kind, DateOnly DecidedOn, string? Goal, string? Content, string? IntendedDuration, string? Responsibility,
    string? Reason, DateOnly? AskAgainOn, string? AppealInformation, DateTimeOffset RecordedAt, string RecordedBy)
{
    /// <summary>The view of <paramref name="decision"/>.</summary>
    public static TransitionDecisionView Of(TransitionDecision decision) => new(
        decision.Id, decision.CaseId, decision.Kind, decision.DecidedOn, decision.Goal, decision.Content, decision.IntendedDuration, decision.Responsibility,
        decision.Reason, decision.AskAgainOn, decision.AppealInformation, decision.RecordedAt, decision.RecordedBy);
}

/// <summary>The transition of a barnevern case's young person: the milestone dates, measures, decisions and the 18 gate.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="BirthDate">The birth date the dates come from (null when not known).</param>
/// <param name="BirthDateFromRegistry">True when Folkeregisteret gave it .</param>
/// <param name="TransitionStarts">17 years: the task «overgangssamtale/ettervernsplan».</param>
/// <param name="DecisionDue">17 years 6 months: plan, decline or vedtak due.</param>
/// <param name="Adult">18 years: the gate.</param>
/// <param name="AftercareEnds">25 years: the hard stop.</param>
/// <param name="OnRedList">True when the 18 gate holds the case .</param>
/// <param name="Measures">Measures, oldest first.</param>
/// <param name="Decisions">Decisions, oldest first.</param>
public sealed record TransitionView(
    string CaseId, DateOnly? BirthDate, bool BirthDateFromRegistry, DateOnly? TransitionStarts, DateOnly? DecisionDue, DateOnly? Adult, DateOnly? AftercareEnds,
    bool OnRedList, IReadOnlyList<MeasureView> Measures, IReadOnlyList<TransitionDecisionView> Decisions);

/// <summary>A case on the red list: 18 with an active measure and no decision.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Team">Its team.</param>
/// <param name="Adult">The 18th birthday.</param>
/// <param name="DaysSince">Days since then.</param>
public sealed record RedListEntry(string CaseId, string Team, DateOnly Adult, int DaysSince);
