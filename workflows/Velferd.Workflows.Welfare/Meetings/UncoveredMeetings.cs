using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Welfare.Meetings;

/// <summary>
/// Cancels a case's planned meetings that its consents no longer cover, after a withdrawal (R-31, the consent API), an
/// expiry (R-32, the consent-expiry scan) or a change of who must consent (R-29, the re-check activity): one way for all.
/// </summary>
public static class UncoveredMeetings
{
    /// <summary>
    /// Reads the case's meetings and consents now, cancels the uncovered ones and tells their invitees «avlyst»: staff
    /// in the inbox, the family by letter (KRR → digital post or print), with no case details; all in one write.
    /// </summary>
    public static async Task CancelAsync(
        WelfareCase subject, ConsentEnd why, string by, DateTimeOffset now, IMeetingStore meetings, IConsentStore consents, PolicyReader policies,
        CaseLetters letters, ILetterStore letterStore, bool fromActivity, CancellationToken cancellationToken)
    {
        var change = MeetingRules.CancelUncovered(subject, await meetings.ListForCaseAsync(subject.Id, cancellationToken),
            await consents.ListForCaseAsync(subject.Id, cancellationToken), await policies.CurrentAsync(cancellationToken), by, now, why);
        if (change is CaseChange<MeetingUpdate>.Applied { Value.Meetings.Count: > 0 } applied)
        {
            await MeetingCancellations.StoreAsync(subject, applied.Value, applied.Events, by, now, meetings, letters, letterStore, fromActivity, cancellationToken);
        }
    }
}
