namespace Velferd.Workflows.Welfare.Meetings;

/// <summary>Where a team meeting stands.</summary>
public enum MeetingStatus
{
    /// <summary>Planlagt: invited, not yet held.</summary>
    Planned,

    /// <summary>Gjennomført: held and recorded.</summary>
    Held,

    /// <summary>Avlyst: cancelled (by hand, or because the consent it rested on was withdrawn, R-31).</summary>
    Cancelled,
}
