using System.Text.Json.Nodes;
using Velferd.Workflows.Activities.Cases;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Welfare.Batons;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Activities.TeamWork;

/// <summary>
/// Waits until the stafettholder changes (R-36: offer → accept): completes when a hand-over of the case is accepted after
/// the wait began (<see cref="AcceptedHandovers"/>), with the new holder as output. Until then the old holder keeps the
/// baton and every reminder; a declined offer changes nothing and the wait goes on.
/// </summary>
/// <remarks>
/// The acceptance resumes the bookmark <see cref="BookmarkName"/> (key: the case id) from its own transaction
/// (<see cref="CaseWaits"/>); the activity reads the hand-overs again and waits on if none counts. Reads only.
/// </remarks>
[Activity(
    "Velferd.BatonHandover",
    Category = "Tverrfaglig team",
    DisplayName = "Vent på ny stafettholder",
    Description = "Venter til et stafettbytte i saken er akseptert av den nye stafettholderen (tilbud → aksept, R-36).",
    Kind = ActivityKind.Task)]
public sealed class BatonHandedOver(IHandoverStore handovers) : Activity<CaseInput, BatonHandoverOutput>
{
    /// <summary>The bookmark an accepted hand-over resumes (key: the case id).</summary>
    public const string BookmarkName = CaseWaits.BatonHandedOverWait;

    private const string SinceKey = "venterFra";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(CaseInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(CaseReference.Resolve(input.CaseId, context) is { } caseId
            ? ActivityResult.Suspend(new BookmarkRequest(BookmarkName, caseId, new JsonObject { [SinceKey] = context.Now }))
            : ActivityResult.Fault(CaseReference.Missing));

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ResumeAsync(CaseInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var bookmark = context.Bookmark!;
        var caseId = bookmark.Key!;
        var since = bookmark.Payload?[SinceKey]?.GetValue<DateTimeOffset>() ?? bookmark.CreatedAt;
        if (AcceptedHandovers.FirstAcceptedSince(await handovers.ListForCaseAsync(caseId, cancellationToken), caseId, since) is not { } accepted)
        {
            return ActivityResult.Suspend(new BookmarkRequest(BookmarkName, caseId, bookmark.Payload?.DeepClone()));
        }

        context.Message = "Ny stafettholder";
        return ActivityResult.Done(new BatonHandoverOutput { Holder = accepted.ToUser });
    }
}
