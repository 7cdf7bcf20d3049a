using Velferd.Workflows.Welfare.Notifications;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Meetings;

/// <summary>Team meetings; each write stores the case's timeline events and the invitees' notifications with it.</summary>
public interface IMeetingStore
{
    /// <summary>Stores a new meeting with its events.</summary>
    Task AddAsync(Meeting meeting, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken);

    /// <summary>Reads a meeting, or null.</summary>
    Task<Meeting?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The meetings of a case, earliest first.</summary>
    Task<IReadOnlyList<Meeting>> ListForCaseAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>Stores changed meetings (recorded or cancelled) with their events and notices, all or nothing.</summary>
    Task UpdateAsync(IReadOnlyList<Meeting> changed, IReadOnlyList<CaseEvent> events, IReadOnlyList<Notification> notices, CancellationToken cancellationToken);
}
