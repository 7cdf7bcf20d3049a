using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Activities.Cases;

/// <summary>
/// Waits, beside the pathway's main branch, until the case is closed from outside the pathway: consent withdrawn (R-31:
/// a TIT case ends <c>AVSLUTTET_SAMTYKKE_TRUKKET</c>) or <c>POST /api/cases/{id}/close</c>. Then the whole pathway ends
/// with the case's end code as «Utfall».
/// </summary>
/// <remarks>
/// A closing from the API or a withdrawal resumes the wait (bookmark <see cref="BookmarkName"/>, key = case id) from its
/// own transaction (<see cref="CaseWaits"/>); the activity reads the case again and waits on if it is still open (or not registered), so a resume is never trusted on its own.
/// Reads only.
/// </remarks>
[Activity(
    "Velferd.CaseClosed",
    Category = "Sak",
    DisplayName = "Vent på at saken avsluttes",
    Description = "Venter ved siden av forløpet til saken avsluttes utenfra (samtykke trukket, eller avsluttet i saken), og avslutter da hele forløpet med sakens sluttkode.",
    Kind = ActivityKind.Trigger,
    Outcomes = [])]
public sealed class CaseClosedWait(ICaseStore cases) : Activity<CaseInput, NoOutput>
{
    /// <summary>The bookmark a closing of the case resumes (key: the case id).</summary>
    public const string BookmarkName = CaseWaits.CaseClosedWait;

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(CaseInput input, ActivityContext context, CancellationToken cancellationToken) =>
        EndIfClosedAsync(input, context, cancellationToken);

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(CaseInput input, ActivityContext context, CancellationToken cancellationToken) =>
        EndIfClosedAsync(input, context, cancellationToken);

    private async ValueTask<ActivityResult> EndIfClosedAsync(CaseInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        // No case, or one the welfare register does not know (a pathway started by hand for a case kept elsewhere): it is
        // never closed here, so this side branch simply keeps waiting; the main branch's own steps report the missing case.
        var caseId = CaseReference.Resolve(input.CaseId, context);
        var current = caseId is null ? null : await cases.FindAsync(caseId, cancellationToken);
        if (current is null || current.Status != CaseStatus.Closed)
        {
            return ActivityResult.Suspend(new BookmarkRequest(BookmarkName, caseId));
        }

        context.SetWorkflowOutput(CloseCase.OutcomeOutput, JsonValue.Create(current.EndCode));
        context.Message = $"Saken er avsluttet: {current.EndCode}";
        return ActivityResult.CompleteWorkflow([]);
    }
}
