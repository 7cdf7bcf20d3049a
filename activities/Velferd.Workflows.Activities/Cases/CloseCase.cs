using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.CaseLog;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Transitions;

namespace Velferd.Workflows.Activities.Cases;

/// <summary>
/// Closes the case with an end code of DOMAIN.md §6 and a reason, through <see cref="CaseRules.Close"/> (the rule behind
/// <c>POST /api/cases/{id}/close</c>), and sets the pathway's output «Utfall» to the end code.
/// </summary>
/// <remarks>
/// The case row is written before the burst commits, so a burst that is run again finds the case closed: with the same
/// end code that is this activity's own earlier run and it completes as before; with another code someone closed the
/// case first (a withdrawal, R-31, or <c>POST …/close</c>), and the pathway ends with that code, since a case ends once.
/// A concurrent change of the case row is an exception, so the dispatcher runs the burst again. The 18 gate (R-41) is
/// asked first: a barnevern case it holds open is not closed, and the activity faults with the gate's reason. Closing queues the
/// stafettlogg for the archive with the case row (<see cref="CaseClosing"/>).
/// </remarks>
[Activity(
    "Velferd.CloseCase",
    Category = "Sak",
    DisplayName = "Avslutt saken",
    Description = "Avslutter saken med en sluttkode fra forløpskatalogen og en begrunnelse, og setter forløpets utfall til sluttkoden.",
    Kind = ActivityKind.Action)]
public sealed class CloseCase(ICaseStore cases, CaseClosing closing, TransitionGate transitions) : Activity<CloseCaseInput, CaseEndOutput>
{
    /// <summary>The pathway output that carries the end code (the seeded pathways declare it).</summary>
    public const string OutcomeOutput = "Utfall";

    /// <summary>Who the timeline names as having closed the case.</summary>
    public const string ClosedBy = "forløp";

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(CloseCaseInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var (current, fault) = await CaseReference.LoadAsync(input.CaseId, context, cases, cancellationToken);
        if (current is null)
        {
            return fault!;
        }

        var endCode = input.EndCode?.Trim();
        if (current.Status != CaseStatus.Closed)
        {
            // R-41: a pathway may no more close a case at the 18 gate than a caseworker may; the fault is the
            // incident that makes someone record the transition decision (the case stays open, on the red list).
            if (await transitions.BlocksClosingAsync(current, OsloDate.Of(context.Now), cancellationToken) is { } blocked)
            {
                return ActivityResult.Fault(blocked);
            }

            switch (CaseRules.Close(current, endCode, input.Reason, ClosedBy, context.Now))
            {
                case CaseChange<WelfareCase>.Invalid invalid:
                    return ActivityResult.Fault("Kan ikke avslutte saken / cannot close the case: "
                        + string.Join("; ", invalid.Errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
                case CaseChange<WelfareCase>.Applied applied when CaseReference.MayChange(context):
                    current = await closing.UpdateAsync(current, applied.Value, applied.Events, fromActivity: true, cancellationToken);
                    break;
                case CaseChange<WelfareCase>.Applied applied:
                    current = applied.Value;
                    break;
                case CaseChange<WelfareCase>.Conflict conflict:
                    return ActivityResult.Fault(conflict.Detail);
            }
        }

        context.SetWorkflowOutput(OutcomeOutput, JsonValue.Create(current.EndCode));
        CaseReference.Note(context, $"Saken avsluttet: {current.EndCode}");
        return input.EndPathway
            ? ActivityResult.CompleteWorkflow([])
            : ActivityResult.Done(new CaseEndOutput { EndCode = current.EndCode });
    }
}
