namespace Velferd.Workflows.Welfare.Notifications;

/// <summary>
/// A reminder, alert or notice to a user (<c>GET /api/notifications</c>), or, when <see cref="Recipient"/> is null, to a
/// team's coordinators (or its leaders, for the kinds <see cref="NotificationKinds.ForLeaders"/>). <see cref="Text"/> is Norwegian and never holds a name or number; a notice that
/// must carry no case details (a meeting «avlyst» on withdrawal, R-31) has no <see cref="CaseId"/> either.
/// </summary>
/// <param name="Id">Time-ordered id.</param>
/// <param name="At">When it was made.</param>
/// <param name="Kind">What it is (<see cref="NotificationKinds"/>).</param>
/// <param name="Recipient">The user it is for; null for the coordinators (or leaders) of <paramref name="Team"/>.</param>
/// <param name="Team">For a coordinator alert or a leader's notice: the team whose coordinators (leaders) get it.</param>
/// <param name="CaseId">The case it is about, when it may say so.</param>
/// <param name="Text">The message.</param>
public sealed record Notification(string Id, DateTimeOffset At, string Kind, string? Recipient, string? Team, string? CaseId, string Text);
