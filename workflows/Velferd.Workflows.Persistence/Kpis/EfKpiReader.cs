using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Persistence.Reports;
using Velferd.Workflows.Welfare.Kpis;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Transitions;

namespace Velferd.Workflows.Persistence.Kpis;

/// <summary>
/// The KPIs of DOMAIN.md §7 for P3 and P6, counted from the stored records: meldinger and investigations, the P3
/// pathway's deadline rows (a deadline met before it was due is <see cref="DeadlineStatus.Met"/>, one that passed first
/// stays <see cref="DeadlineStatus.Overdue"/>), measures and transition decisions.
/// </summary>
public sealed class EfKpiReader(WorkflowsDbContext db, ITransitionStore transitions, IBusinessCalendar calendar) : IKpiReader
{
    /// <summary>The P3 review deadline's name (the seeded pathway's «vurderingsfrist», R-12).</summary>
    public const string ReviewDeadline = "vurderingsfrist";

    /// <summary>The P3 feedback deadlines' names .</summary>
    public static readonly IReadOnlyList<string> FeedbackDeadlines = ["tilbakemelding_mottatt", "tilbakemelding_konklusjon"];

    /// <inheritdoc />
    public async Task<KpiReport> MeldingAsync(DateOnly from, DateOnly to, IReadOnlyCollection<string>? teams, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (start, end) = (calendar.StartOfDay(from), calendar.StartOfDay(to.AddDays(1)));
        var reports = db.Set<ConcernReportRow>().AsNoTracking().Where(r => r.ReceivedAt >= start && r.ReceivedAt < end);
        var investigations = db.Set<InvestigationRow>().AsNoTracking().Where(i => i.StartDate >= from && i.StartDate <= to);
        if (teams is not null)
        {
            reports = reports.Where(r => teams.Contains(r.Team));
            investigations = investigations.Where(i => teams.Contains(i.Team));
        }

        var reportIds = reports.Select(r => r.Id);
        var deadlines = await db.Deadlines.AsNoTracking()
            .Where(d => d.CorrelationId != null && reportIds.Contains(d.CorrelationId) && (d.Name == ReviewDeadline || FeedbackDeadlines.Contains(d.Name)))
            .Select(d => new DeadlineOutcome(d.Name, d.Status))
            .ToListAsync(cancellationToken);
        var review = deadlines.Where(d => d.Name == ReviewDeadline).ToList();
        var feedback = deadlines.Where(d => d.Name != ReviewDeadline).ToList();
        var started = await investigations
            .GroupJoin(db.Deadlines, i => i.DeadlineId, d => d.Id, (i, d) => new { i.StartDate, i.ConcludedAt, Extensions = d.Select(x => x.ExtensionCount).FirstOrDefault() })
            .ToListAsync(cancellationToken);

        // within 3 months of the start date (the whole last day counts, R-04), whatever an extension allowed.
        var today = calendar.LocalDate(now);
        bool ConcludedInTime(DateOnly startDate, DateTimeOffset? concludedAt) =>
            concludedAt is { } at && calendar.LocalDate(at) <= startDate.AddMonths(3);
        var decided = started.Where(i => i.ConcludedAt is not null || today > i.StartDate.AddMonths(3)).ToList();
        var inTime = decided.Count(i => ConcludedInTime(i.StartDate, i.ConcludedAt));

        return new KpiReport("P3", from, to,
        [
            new("meldinger", "Meldinger mottatt", await reports.CountAsync(cancellationToken), null),
            new("reviewedWithin7Days", "Gjennomgått innen 7 dager", Count(review, DeadlineStatus.Met), Decided(review)),
            new("notReviewedWithin7Days", "Ikke gjennomgått innen 7 dager", Count(review, DeadlineStatus.Overdue), Decided(review)),
            new("investigationsWithin3Months", "Undersøkelser konkludert innen 3 måneder", inTime, decided.Count),
            new("investigationsOverdue", "Undersøkelser ikke konkludert innen 3 måneder", decided.Count - inTime, decided.Count),
            new("investigationsExtended", "Undersøkelser med utvidet frist", started.Count(i => i.Extensions > 0), started.Count),
            new("feedbackWithin3Weeks", "Tilbakemelding til melder innen 3 uker", Count(feedback, DeadlineStatus.Met), Decided(feedback)),
            new("feedbackLate", "Tilbakemelding til melder for sent", Count(feedback, DeadlineStatus.Overdue), Decided(feedback)),
        ]);
    }

    /// <inheritdoc />
    public async Task<KpiReport> TransitionAsync(DateOnly from, DateOnly to, IReadOnlyCollection<string>? teams, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = calendar.LocalDate(now);

        // Born so that 17 y 6 m or 18 falls in the period (a day either side, then exact per person with R-03's dates).
        var standings = await transitions.ListStandingsAsync(from.AddYears(-18).AddDays(-1), to.AddMonths(-210).AddDays(1), teams, cancellationToken);
        var halfDue = standings.Where(s => TransitionRules.DecisionDue(s.BirthDate) is var due && due >= from && due <= to && due < today).ToList();
        var decidedByHalf = halfDue.Count(s => s.Decisions.Any(d => d.DecidedOn <= TransitionRules.DecisionDue(s.BirthDate)));
        var adults = standings.Where(s => Age.Reaches(s.BirthDate, TransitionRules.AdultAge) is var adult && adult >= from && adult <= to && adult <= today
            && s.Measures.Any(m => m.StartDate <= adult && (m.EndedAt is null || calendar.LocalDate(m.EndedAt.Value) >= adult))).ToList();
        var withoutDecision = adults.Count(s => !s.Decisions.Any(d => d.DecidedOn <= Age.Reaches(s.BirthDate, TransitionRules.AdultAge)));

        return new KpiReport("P6", from, to,
        [
            new("decidedBy17Years6Months", "Beslutning (plan, avslag eller vedtak) innen 17 år og 6 måneder", decidedByHalf, halfDue.Count),
            new("notDecidedBy17Years6Months", "Uten beslutning ved 17 år og 6 måneder", halfDue.Count - decidedByHalf, halfDue.Count),
            new("eighteenWithoutDecision", "Fylt 18 år med tiltak uten beslutning (mål: 0)", withoutDecision, adults.Count),
        ]);
    }

    // Met before the due instant, or passed first: what a deadline the KPI counts came to; still running counts in neither.
    private static int Count(IEnumerable<DeadlineOutcome> rows, DeadlineStatus status) => rows.Count(r => r.Status == status);

    private static int Decided(IEnumerable<DeadlineOutcome> rows) => rows.Count(r => r.Status is DeadlineStatus.Met or DeadlineStatus.Overdue);

    private sealed record DeadlineOutcome(string Name, DeadlineStatus Status);
}
