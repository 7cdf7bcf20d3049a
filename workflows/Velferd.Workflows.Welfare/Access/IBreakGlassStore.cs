using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Access;

/// <summary>Break-glass grants: added with their timeline event, never changed, listed for review.</summary>
public interface IBreakGlassStore
{
    /// <summary>Stores a grant with the case's timeline events in one save.</summary>
    Task AddAsync(BreakGlassGrant grant, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken);

    /// <summary>When the user's latest grant on the case ends, or null when he has none.</summary>
    Task<DateTimeOffset?> LatestExpiryAsync(string caseId, string user, CancellationToken cancellationToken);

    /// <summary>The grants on cases of <paramref name="teams"/> (every team's when null), newest first.</summary>
    Task<IReadOnlyList<BreakGlassGrant>> ListAsync(IReadOnlyCollection<string>? teams, CancellationToken cancellationToken);
}
