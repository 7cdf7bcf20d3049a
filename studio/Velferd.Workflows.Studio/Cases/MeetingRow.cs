using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Inbox;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Cases;

/// <summary>
/// One meeting as the case page lists it: only a planned meeting can be cancelled, and only a planned meeting whose
/// time has come (by the host's clock) can be recorded as held; the host refuses one that has not taken place yet.
/// </summary>
public sealed record MeetingRow(string Id, string At, string Services, string Participants, string Status, bool CanCancel, bool CanRecord)
{
    /// <summary>The rows of <paramref name="meetings"/>, soonest first, at the host's time <paramref name="now"/>.</summary>
    public static IReadOnlyList<MeetingRow> Of(IEnumerable<MeetingAnswer> meetings, DateTimeOffset now) =>
        [.. meetings.OrderBy(m => m.At).Select(m => From(m, now))];

    private static MeetingRow From(MeetingAnswer meeting, DateTimeOffset now) => new(
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
        meeting.Status == "planlagt",
        meeting.Status == "planlagt" && meeting.At <= now);
}
