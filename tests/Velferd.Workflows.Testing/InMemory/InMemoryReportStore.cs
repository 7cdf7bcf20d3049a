using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Reports;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>Meldinger and investigations in memory, with the cases they open in <see cref="InMemoryWelfareTables"/>.</summary>
public sealed class InMemoryReportStore(InMemoryWelfareTables tables) : IReportStore
{
    private readonly Dictionary<string, ConcernReport> _reports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Investigation> _investigations = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task RegisterAsync(IReadOnlyList<WelfareCase> newCases, IReadOnlyList<ConcernReport> reports, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            if (reports.Any(r => _reports.Values.Any(s => s.MeldingId == r.MeldingId && s.ChildIndex == r.ChildIndex)))
            {
                throw new InvalidOperationException("A record of this melding and child exists.");
            }

            foreach (var created in newCases)
            {
                tables.Cases.Add(created.Id, created with { Revision = 1 });
            }

            foreach (var report in reports)
            {
                _reports.Add(report.Id, report with { Revision = 1 });
            }

            tables.Events.AddRange(events);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<WelfareCase?> FindOpenCaseForChildAsync(string municipality, string kind, string number, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            return Task.FromResult(tables.Cases.Values
                .Where(c => c.Municipality == municipality && c.Kind == kind && c.Status == CaseStatus.Open && c.Child.Identity.Number == number)
                .OrderByDescending(c => c.Id, StringComparer.Ordinal).FirstOrDefault());
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ConcernReport>> FindByMeldingAsync(string meldingId, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            return Task.FromResult<IReadOnlyList<ConcernReport>>([.. _reports.Values.Where(r => r.MeldingId == meldingId).OrderBy(r => r.ChildIndex)]);
        }
    }

    /// <inheritdoc />
    public Task<ConcernReport?> FindAsync(string id, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            return Task.FromResult(_reports.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc />
    public Task<Investigation?> FindInvestigationAsync(string id, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            return Task.FromResult(_investigations.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc />
    public Task<Investigation?> FindOpenInvestigationAsync(string caseId, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            return Task.FromResult(_investigations.Values.Where(i => i.CaseId == caseId && !i.Concluded).OrderByDescending(i => i.Id, StringComparer.Ordinal).FirstOrDefault());
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ConcernReport>> FindAttachedAsync(Investigation investigation, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            return Task.FromResult<IReadOnlyList<ConcernReport>>([.. _reports.Values
                .Where(r => r.InvestigationId == investigation.Id && r.Status == ReportStatuses.Attached).OrderBy(r => r.Id, StringComparer.Ordinal)]);
        }
    }

    /// <inheritdoc />
    public Task<ReviewDecision> SaveReviewAsync(ReviewDecision decision, long expectedRevision, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            if (!_reports.TryGetValue(decision.Report.Id, out var current) || current.Revision != expectedRevision
                || (decision.Investigation is not null && _investigations.Values.Any(i => i.ReportId == decision.Report.Id)))
            {
                throw new ConcurrencyConflictException($"Report {decision.Report.Id} was changed by someone else.");
            }

            var stored = new ReviewDecision(decision.Report with { Revision = expectedRevision + 1 }, decision.Investigation is { } i ? i with { Revision = 1 } : null);
            _reports[stored.Report.Id] = stored.Report;
            if (stored.Investigation is { } opened)
            {
                _investigations.Add(opened.Id, opened);
            }

            tables.Events.AddRange(events);
            return Task.FromResult(stored);
        }
    }

    /// <inheritdoc />
    public Task<Investigation> UpdateInvestigationAsync(Investigation changed, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            if (!_investigations.TryGetValue(changed.Id, out var current) || current.Revision != changed.Revision)
            {
                throw new ConcurrencyConflictException($"Investigation {changed.Id} was changed by someone else.");
            }

            var stored = changed with { Revision = changed.Revision + 1 };
            _investigations[stored.Id] = stored;
            tables.Events.AddRange(events);
            return Task.FromResult(stored);
        }
    }
}
