using Velferd.Workflows.Welfare.Notifications;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Consents;

/// <summary>What the consent-expiry scan does for one consent: store it marked, with its events and notifications.</summary>
/// <param name="Consent">The consent with its renewal or expiry marked.</param>
/// <param name="Events">For the case's timeline.</param>
/// <param name="Notifications">To the stafettholder and the team's coordinators.</param>
/// <param name="CancelsMeetings">True when the case's meetings that nothing covers any more must be cancelled.</param>
public sealed record ConsentFollowUp(Consent Consent, IReadOnlyList<CaseEvent> Events, IReadOnlyList<Notification> Notifications, bool CancelsMeetings);
