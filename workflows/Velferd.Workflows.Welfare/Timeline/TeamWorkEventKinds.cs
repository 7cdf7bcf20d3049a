namespace Velferd.Workflows.Welfare.Timeline;

/// <summary>The kinds of <see cref="CaseEvent"/> of the team work: meetings, stafettholder and stafettlogg.</summary>
public static class TeamWorkEventKinds
{
    /// <summary>A team meeting was scheduled.</summary>
    public const string MeetingScheduled = "mote-planlagt";

    /// <summary>A held meeting was recorded.</summary>
    public const string MeetingHeld = "mote-gjennomfort";

    /// <summary>A meeting was cancelled.</summary>
    public const string MeetingCancelled = "mote-avlyst";

    /// <summary>A meeting was refused for want of written consent .</summary>
    public const string MeetingRefused = "mote-avvist";

    /// <summary>The baton was offered to a successor .</summary>
    public const string HandoverOffered = "stafett-tilbudt";

    /// <summary>The successor accepted: they are now stafettholder.</summary>
    public const string HandoverAccepted = "stafett-overtatt";

    /// <summary>The successor declined: nothing changes.</summary>
    public const string HandoverDeclined = "stafett-avslatt";

    /// <summary>A hand-over still unaccepted after the limit: old holder reminded, coordinator alerted .</summary>
    public const string HandoverOverdue = "stafett-ikke-akseptert";

    /// <summary>An entry was written in the stafettlogg.</summary>
    public const string LogEntryAdded = "stafettlogg-innforing";
}
