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
}
