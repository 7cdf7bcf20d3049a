using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Inbox;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Cases;

/// <summary>One meeting as the case page lists it; only a planned meeting can be cancelled.</summary>
public sealed record MeetingRow(string Id, string At, string Services, string Participants, string Status, bool CanCancel)
{
    /// <summary>The rows of <paramref name="meetings"/>, soonest first.</summary>
    public static IReadOnlyList<MeetingRow> Of(IEnumerable<MeetingAnswer> meetings) =>
        [.. meetings.OrderBy(m => m.At).Select(From)];

    private static MeetingRow From(MeetingAnswer meeting) => new(
        meeting.Id,
        DueLabel.Format(meeting.At),
        $"{string.Join(", ", meeting.Services)} ({string.Join(", ", meeting.Categories)})",
        string.Join(", ", meeting.Participants.Select(p => $"{p.User} ({p.Service})")),
        meeting.Status switch
        {
            "planlagt" => Texts.CaseMeetingStatusPlanned,
            "gjennomført" => Texts.CaseMeetingStatusHeld,
            _ => Texts.CaseMeetingStatusCancelled,
        },
        meeting.Status == "planlagt");
}
