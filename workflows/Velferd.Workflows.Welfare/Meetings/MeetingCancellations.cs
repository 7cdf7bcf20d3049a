using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Meetings;

/// <summary>
/// Stores cancelled meetings with their «avlyst» letters to everyone invited by letter (R-31: no case details), in one
/// transaction: by hand (<c>POST /api/meetings/{id}/cancel</c>), after a withdrawal, or after an expiry.
/// </summary>
public static class MeetingCancellations
{
    /// <summary>Stores <paramref name="update"/> and queues the cancellation letters with it (<paramref name="fromActivity"/>: see <see cref="CaseLetters.CommitAsync"/>).</summary>
    public static async Task StoreAsync(
        WelfareCase subject, MeetingUpdate update, IReadOnlyList<CaseEvent> events, string by, DateTimeOffset now, IMeetingStore meetings,
        CaseLetters letters, ILetterStore letterStore, bool fromActivity, CancellationToken cancellationToken)
    {
        var (queued, letterEvents) = LetterRules.Cancellations(subject, update.Meetings, await letterStore.ListForCaseAsync(subject.Id, cancellationToken), by, now);
        await letters.CommitAsync(subject, queued, letterEvents,
            ct => meetings.UpdateAsync(update.Meetings, events, update.Notifications, ct), fromActivity, cancellationToken);
    }
}
