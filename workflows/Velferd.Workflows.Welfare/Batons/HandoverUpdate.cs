using Velferd.Workflows.Welfare.Notifications;

namespace Velferd.Workflows.Welfare.Batons;

/// <summary>A hand-over as changed by one operation, with the notifications to send.</summary>
/// <param name="Handover">The offer as it now stands.</param>
/// <param name="Notifications">Who is told.</param>
public sealed record HandoverUpdate(Handover Handover, IReadOnlyList<Notification> Notifications);
