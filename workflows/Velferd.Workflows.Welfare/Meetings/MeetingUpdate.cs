using Velferd.Workflows.Welfare.Notifications;

namespace Velferd.Workflows.Welfare.Meetings;

/// <summary>Meetings changed by one operation, with the notifications to send.</summary>
/// <param name="Meetings">The changed meetings.</param>
/// <param name="Notifications">The invitees' notices.</param>
public sealed record MeetingUpdate(IReadOnlyList<Meeting> Meetings, IReadOnlyList<Notification> Notifications);
