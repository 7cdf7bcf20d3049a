using Velferd.Workflows.Activities.Cases;
using Velferd.Workflows.Activities.TeamWork;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>
/// Resumes the pathways that wait on a case fact after the API has stored it: a meeting recorded as held, a hand-over
/// accepted, the case closed. The case id is the correlation id, and the bookmark's key.
/// </summary>
/// <remarks>
/// A resume is a stimulus with a key per fact and bookmark, so a repeated request resumes nothing twice; the activity
/// reads the fact again from its store and waits on if it does not hold, so a resume is a hint, never the fact itself.
/// The fact is stored before the stimulus (two writes): if the host stops between them, the wait stays until the next
/// such fact of the case resumes it.
/// </remarks>
public sealed class PathwayWaits(IWorkflowInstanceStore instances, WorkflowEngine engine)
{
    /// <summary>After a meeting of <paramref name="caseId"/> is recorded as held.</summary>
    public Task MeetingHeldAsync(string caseId, string meetingId, CancellationToken cancellationToken) =>
        ResumeAsync(TeamMeetingHeld.BookmarkName, caseId, $"mote-gjennomfort/{meetingId}", cancellationToken);

    /// <summary>After a hand-over of <paramref name="caseId"/> is accepted.</summary>
    public Task BatonHandedOverAsync(string caseId, string handoverId, CancellationToken cancellationToken) =>
        ResumeAsync(BatonHandedOver.BookmarkName, caseId, $"stafett-overtatt/{handoverId}", cancellationToken);

    /// <summary>After <paramref name="caseId"/> is closed.</summary>
    public Task CaseClosedAsync(string caseId, CancellationToken cancellationToken) =>
        ResumeAsync(CaseClosedWait.BookmarkName, caseId, $"sak-avsluttet/{caseId}", cancellationToken);

    private async Task ResumeAsync(string bookmarkName, string caseId, string key, CancellationToken cancellationToken)
    {
        foreach (var waiting in await instances.FindBookmarksAsync(bookmarkName, caseId, caseId, cancellationToken))
        {
            await engine.ResumeAsync(waiting.WorkflowInstanceId, waiting.BookmarkId, null, $"{key}/{waiting.BookmarkId}", cancellationToken);
        }
    }
}
