using Velferd.Workflows.Welfare.Meetings;

namespace Velferd.Workflows.Host.TeamWork;

/// <summary>A meeting as the API shows it.</summary>
/// <param name="Id">The meeting id.</param>
/// <param name="CaseId">The case.</param>
/// <param name="At">When it starts.</param>
/// <param name="Services">The services present.</param>
/// <param name="Categories">The categories discussed.</param>
/// <param name="Participants">The invitees.</param>
/// <param name="Status"><c>planlagt</c>, <c>gjennomført</c> or <c>avlyst</c>.</param>
/// <param name="ScheduledAt">When it was scheduled.</param>
/// <param name="ScheduledBy">By whom.</param>
/// <param name="Record">The record, once held.</param>
/// <param name="CancelledAt">When it was cancelled.</param>
public sealed record MeetingView(
    string Id,
    string CaseId,
    DateTimeOffset At,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Categories,
    IReadOnlyList<MeetingParticipant> Participants,
    string Status,
    DateTimeOffset ScheduledAt,
    string ScheduledBy,
    MeetingRecord? Record,
    DateTimeOffset? CancelledAt)
{
    /// <summary>The view of <paramref name="meeting"/>.</summary>
    public static MeetingView Of(Meeting meeting) => new(
        meeting.Id, meeting.CaseId, meeting.At, meeting.Services, meeting.Categories, meeting.Participants, StatusCode(meeting.Status),
        meeting.ScheduledAt, meeting.ScheduledBy, meeting.Record, meeting.CancelledAt);

    /// <summary>The Norwegian code of <paramref name="status"/>.</summary>
    public static string StatusCode(MeetingStatus status) => status switch
    {
        MeetingStatus.Planned => "planlagt",
        MeetingStatus.Held => "gjennomført",
        _ => "avlyst",
    };
}
