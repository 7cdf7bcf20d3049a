using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Transitions;

/// <summary>Measures and transition decisions of barnevern cases. Every write stores its rows and timeline events together.</summary>
public interface ITransitionStore
{
    /// <summary>
    /// Stores <paramref name="change"/> with <paramref name="events"/>, all or nothing; an ended measure whose stored
    /// revision is not the one it was read at throws <see cref="Core.Instances.ConcurrencyConflictException"/>.
    /// </summary>
    Task SaveAsync(TransitionChange change, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken);

    /// <summary>A measure, or null.</summary>
    Task<Measure?> FindMeasureAsync(string id, CancellationToken cancellationToken);

    /// <summary>The case's measures, oldest first.</summary>
    Task<IReadOnlyList<Measure>> ListMeasuresAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>The case's transition decisions, oldest first.</summary>
    Task<IReadOnlyList<TransitionDecision>> ListDecisionsAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>
    /// The barnevern cases with at least one measure whose child was born in [<paramref name="bornFrom"/>,
    /// <paramref name="bornTo"/>], of <paramref name="teams"/> (all when null).
    /// </summary>
    Task<IReadOnlyList<TransitionStanding>> ListStandingsAsync(
        DateOnly bornFrom, DateOnly bornTo, IReadOnlyCollection<string>? teams, CancellationToken cancellationToken);
}
