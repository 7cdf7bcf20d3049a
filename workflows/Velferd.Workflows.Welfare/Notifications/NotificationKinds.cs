namespace Velferd.Workflows.Welfare.Notifications;

/// <summary>The kinds of <see cref="Notification"/>.</summary>
public static class NotificationKinds
{
    /// <summary>A meeting the recipient was invited to is cancelled («avlyst»).</summary>
    public const string MeetingCancelled = "mote-avlyst";

    /// <summary>The recipient is offered the baton (stafettholder) of a case.</summary>
    public const string HandoverOffered = "stafett-tilbudt";

    /// <summary>The old holder: a hand-over is still not accepted after the limit .</summary>
    public const string HandoverReminder = "stafett-paminnelse";

    /// <summary>The team's coordinator: a hand-over is still not accepted after the limit .</summary>
    public const string HandoverAlert = "stafett-varsel-koordinator";

    /// <summary>The stafettholder (or the team's coordinators): a consent runs out soon and must be renewed .</summary>
    public const string ConsentRenewal = "samtykke-fornyes";

    /// <summary>The stafettholder and the team's coordinators: a consent has run out and team work pauses .</summary>
    public const string ConsentExpired = "samtykke-utlopt";

    /// <summary>The case team's leaders: someone opened one of the team's cases through break-glass .</summary>
    public const string BreakGlassOpened = "nodtilgang-apnet";

    /// <summary>The case team's leaders: a break-glass access to one of the team's cases was ended before its time.</summary>
    public const string BreakGlassEnded = "nodtilgang-avsluttet";

    /// <summary>
    /// The kinds a team-addressed notification (no recipient) has when it is for the team's leaders; every other
    /// team-addressed kind is for the team's coordinators.
    /// </summary>
    public static readonly IReadOnlyList<string> ForLeaders = [BreakGlassOpened, BreakGlassEnded];
}
