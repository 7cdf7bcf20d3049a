using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Activities.Cases;

/// <summary>
/// Moves the case to another BTI level through <see cref="CaseRules.ChangeLevel"/> and, when given, sets the pathway's
/// output «Utfall»: P1 hands a henvendelse on at level 1 (<c>VIDERE_NIVÅ1</c>) or to the tidlig innsatsteam at level 2
/// (<c>VIDERE_P2</c>) without closing the case, which the next pathway works on.
/// </summary>
/// <remarks>
/// The case row is written before the burst commits, so a burst run again finds the level already set and changes
/// nothing. A case closed in the meantime (a withdrawal, <c>POST …/close</c>) keeps its end code, and the pathway ends
/// with it, since a case ends once. A concurrent change of the case row is an exception, so the dispatcher runs it again.
/// </remarks>
[Activity(
    "Velferd.SetCaseLevel",
    Category = "Sak",
    DisplayName = "Endre BTI-nivå",
    Description = "Setter sakens BTI-nivå (0–3) uten å avslutte saken, og setter forløpets utfall, f.eks. VIDERE_NIVÅ1 eller VIDERE_P2.",
    Kind = ActivityKind.Action)]
public sealed class SetCaseLevel(ICaseStore cases) : Activity<SetCaseLevelInput, NoOutput>
{
    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(SetCaseLevelInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var (current, fault) = await CaseReference.LoadAsync(input.CaseId, context, cases, cancellationToken);
        if (current is null)
        {
            return fault!;
        }

        if (input.Level is not { } level)
        {
            return ActivityResult.Fault("Input 'Level': nivå mangler / the level is required.");
        }

        if (current.Status == CaseStatus.Closed)
        {
            context.SetWorkflowOutput(CloseCase.OutcomeOutput, JsonValue.Create(current.EndCode));
            context.Message = $"Saken var allerede avsluttet: {current.EndCode}";
            return ActivityResult.CompleteWorkflow([]);
        }

        if (current.Level != level)
        {
            switch (CaseRules.ChangeLevel(current, level, input.Reason, CloseCase.ClosedBy, context.Now))
            {
                case CaseChange<WelfareCase>.Invalid invalid:
                    return ActivityResult.Fault("Kan ikke endre nivå / cannot change the level: "
                        + string.Join("; ", invalid.Errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
                case CaseChange<WelfareCase>.Applied applied when CaseReference.MayChange(context):
                    await cases.UpdateAsync(applied.Value, applied.Events, cancellationToken);
                    break;
                case CaseChange<WelfareCase>.Applied:
                    break;
                case CaseChange<WelfareCase>.Conflict conflict:
                    return ActivityResult.Fault(conflict.Detail);
            }
        }

        if (string.IsNullOrWhiteSpace(input.Outcome) is false)
        {
            context.SetWorkflowOutput(CloseCase.OutcomeOutput, JsonValue.Create(input.Outcome.Trim()));
        }

        CaseReference.Note(context, $"Saken er på nivå {level}");
        return input.EndPathway ? ActivityResult.CompleteWorkflow([]) : ActivityResult.Done();
    }
}
