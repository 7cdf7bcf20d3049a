using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Welfare.Cases;

/// <summary>
/// The case facts pathways wait on (a meeting held, a hand-over accepted, the case closed) and the stimulus that resumes
/// those waits, which the fact's own write stores in its transaction (<see cref="DomainCommits"/>): a process that
/// stops right after the commit leaves the resume stored for any dispatcher, so no pathway waits for a fact that is
/// already there. The waits are bookmarks keyed by the case id, found when the resume is applied.
/// </summary>
/// <remarks>
/// Each resume is keyed by its fact, so a repeated request resumes nothing twice; the waiting activity reads the fact
/// again and waits on if it does not hold, so a resume is a hint, never the fact itself.
/// </remarks>
public sealed class CaseWaits(WorkflowEngine engine)
{
    /// <summary>The wait for a team meeting of the case recorded as held (the activity <c>Velferd.TeamMeeting</c>).</summary>
    public const string MeetingHeldWait = "Velferd.TeamMeeting";

    /// <summary>The wait for a hand-over of the case's baton accepted (the activity <c>Velferd.BatonHandover</c>).</summary>
    public const string BatonHandedOverWait = "Velferd.BatonHandover";

    /// <summary>The wait for the case closed from outside the pathway (the activity <c>Velferd.CaseClosed</c>).</summary>
    public const string CaseClosedWait = "Velferd.CaseClosed";

    /// <summary>Resumes the waits for a meeting after <paramref name="meetingId"/> of <paramref name="caseId"/> is recorded as held.</summary>
    public Stimulus MeetingHeld(string caseId, string meetingId) =>
        engine.PrepareResumeWaits(MeetingHeldWait, caseId, $"mote-gjennomfort/{meetingId}");

    /// <summary>Resumes the waits for the baton after hand-over <paramref name="handoverId"/> of <paramref name="caseId"/> is accepted.</summary>
    public Stimulus BatonHandedOver(string caseId, string handoverId) =>
        engine.PrepareResumeWaits(BatonHandedOverWait, caseId, $"stafett-overtatt/{handoverId}");

    /// <summary>Resumes the waits for the closing after <paramref name="closed"/> is closed (keyed by the closing time: a case may reopen and close again).</summary>
    public Stimulus CaseClosed(WelfareCase closed, DateTimeOffset closedAt) =>
        engine.PrepareResumeWaits(CaseClosedWait, closed.Id, $"sak-avsluttet/{closed.Id}/{closedAt.UtcTicks}");
}
