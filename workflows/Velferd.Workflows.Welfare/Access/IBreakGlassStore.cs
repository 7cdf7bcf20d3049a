using Velferd.Workflows.Welfare.Notifications;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Access;

/// <summary>
/// Break-glass grants: added with their timeline event and the leaders' notice, changed only to end one early, listed
/// for review.
/// </summary>
public interface IBreakGlassStore
{
    /// <summary>Stores a grant with the case's timeline events and the notifications in one save.</summary>
    Task AddAsync(BreakGlassGrant grant, IReadOnlyList<CaseEvent> events, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken);

    /// <summary>The grant with this id, or null.</summary>
    Task<BreakGlassGrant?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Stores a grant ended early (<see cref="BreakGlassRules.End"/>) with its events and notifications in one save.</summary>
    Task EndAsync(BreakGlassGrant ended, IReadOnlyList<CaseEvent> events, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken);

    /// <summary>When the user's latest grant on the case ends, or null when he has none.</summary>
    Task<DateTimeOffset?> LatestExpiryAsync(string caseId, string user, CancellationToken cancellationToken);

    /// <summary>The grants on cases of <paramref name="teams"/> (every team's when null), newest first.</summary>
    Task<IReadOnlyList<BreakGlassGrant>> ListAsync(IReadOnlyCollection<string>? teams, CancellationToken cancellationToken);
}
