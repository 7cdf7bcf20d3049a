using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.IndividualPlans;

/// <summary>IP requests and coordinators of IP cases. Every write stores its rows and timeline events together.</summary>
public interface IIndividualPlanStore
{
    /// <summary>
    /// Stores <paramref name="change"/> with <paramref name="events"/>, all or nothing: a record at revision 1 is added,
    /// a later one must have been read at its revision − 1, else <see cref="Core.Instances.ConcurrencyConflictException"/>.
    /// </summary>
    Task SaveAsync(IndividualPlanChange change, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken);

    /// <summary>The case's IP request, or null.</summary>
    Task<IndividualPlan?> FindForCaseAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>A coordinator, or null.</summary>
    Task<Coordinator?> FindCoordinatorAsync(string id, CancellationToken cancellationToken);

    /// <summary>The case's coordinators, oldest first.</summary>
    Task<IReadOnlyList<Coordinator>> ListCoordinatorsAsync(string caseId, CancellationToken cancellationToken);
}
