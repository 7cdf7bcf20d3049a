using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Timeline;
using Velferd.Workflows.Welfare.Transitions;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>Measures and transition decisions in memory, beside the cases of <see cref="InMemoryWelfareTables"/>; each write under its lock.</summary>
public sealed class InMemoryTransitionStore(InMemoryWelfareTables tables) : ITransitionStore
{
    private readonly Dictionary<string, Measure> _measures = new(StringComparer.Ordinal);
    private readonly List<TransitionDecision> _decisions = [];

    /// <inheritdoc />
    public Task SaveAsync(TransitionChange change, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            if (change.Ended.Any(m => !_measures.TryGetValue(m.Id, out var stored) || stored.Revision != m.Revision - 1))
            {
                throw new ConcurrencyConflictException("A measure was changed by someone else.");
            }

            if (change.Added is { } added)
            {
                _measures.Add(added.Id, added);
            }

            foreach (var ended in change.Ended)
            {
                _measures[ended.Id] = ended;
            }

            if (change.Decision is { } decision)
            {
                _decisions.Add(decision);
            }

            tables.Events.AddRange(events);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<Measure?> FindMeasureAsync(string id, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            return Task.FromResult(_measures.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Measure>> ListMeasuresAsync(string caseId, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            return Task.FromResult<IReadOnlyList<Measure>>(MeasuresOf(caseId));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TransitionDecision>> ListDecisionsAsync(string caseId, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            return Task.FromResult<IReadOnlyList<TransitionDecision>>(DecisionsOf(caseId));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TransitionStanding>> ListStandingsAsync(
        DateOnly bornFrom, DateOnly bornTo, IReadOnlyCollection<string>? teams, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            IReadOnlyList<TransitionStanding> standings =
            [
                .. tables.Cases.Values
                    .Where(c => c.Kind == CaseKind.Barnevern && (teams is null || teams.Contains(c.Team)))
                    .Where(c => c.Child.BirthDate is { } born && born >= bornFrom && born <= bornTo && _measures.Values.Any(m => m.CaseId == c.Id))
                    .OrderBy(c => c.Id, StringComparer.Ordinal)
                    .Select(c => new TransitionStanding(c.Id, c.Team, c.Child.BirthDate!.Value, c.Status == CaseStatus.Open, MeasuresOf(c.Id), DecisionsOf(c.Id))),
            ];
            return Task.FromResult(standings);
        }
    }

    private List<Measure> MeasuresOf(string caseId) => [.. _measures.Values.Where(m => m.CaseId == caseId).OrderBy(m => m.Id, StringComparer.Ordinal)];

    private List<TransitionDecision> DecisionsOf(string caseId) => [.. _decisions.Where(d => d.CaseId == caseId).OrderBy(d => d.Id, StringComparer.Ordinal)];
}
