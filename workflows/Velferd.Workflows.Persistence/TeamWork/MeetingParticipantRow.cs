namespace Velferd.Workflows.Persistence.TeamWork;

/// <summary>A <c>welfare_meeting_participants</c> row: one invitee of a meeting.</summary>
public sealed class MeetingParticipantRow
{
    public required string MeetingId { get; set; }

    public int Position { get; set; }

    public required string UserName { get; set; }

    public required string Service { get; set; }
}
