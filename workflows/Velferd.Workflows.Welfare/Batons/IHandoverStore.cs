using Velferd.Workflows.Welfare.Notifications;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Batons;

/// <summary>Hand-over offers; each write stores the case's timeline events and the notifications with it.</summary>
public interface IHandoverStore
{
    /// <summary>Stores a new offer.</summary>
    Task AddAsync(Handover handover, IReadOnlyList<CaseEvent> events, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken);

    /// <summary>Reads an offer, or null.</summary>
    Task<Handover?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The offers of a case, oldest first.</summary>
    Task<IReadOnlyList<Handover>> ListForCaseAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores an answered or reminded offer. It must still be as <paramref name="expected"/> says (status and reminder),
    /// else <see cref="Core.Instances.ConcurrencyConflictException"/> and nothing is stored: an offer is answered once.
    /// </summary>
    Task UpdateAsync(Handover expected, Handover changed, IReadOnlyList<CaseEvent> events, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken);

    /// <summary>Offers still unanswered and not yet reminded whose reminder time is at or before <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<Handover>> ListDueRemindersAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);
}
