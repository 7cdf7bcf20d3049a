using Velferd.Workflows.Activities.Cases;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Transitions;

namespace Velferd.Workflows.Activities.Transitions;

/// <summary>
/// The hard stop at 25 (DOMAIN.md R-44): ends every active measure of the barnevern case through
/// <see cref="TransitionRules.EndAtTwentyFive"/>, each with the reason «Fylt 25 år», and one timeline event.
/// </summary>
/// <remarks>
/// Run again (a burst repeated after a crash) it finds no active measure and ends nothing more. Before the 25th birthday
/// it faults naming the rule, so a designer mistake cannot end aftercare early.
/// </remarks>
[Activity(
    "Velferd.EndAftercare",
    Category = "Sak",
    DisplayName = "Avslutt ettervern ved 25 år",
    Description = "Avslutter alle aktive tiltak i barnevernssaken når den unge har fylt 25 år (R-44).",
    Kind = ActivityKind.Action)]
public sealed class EndAftercare(ICaseStore cases, ITransitionStore transitions) : Activity<EndAftercareInput, EndAftercareOutput>
{
    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(EndAftercareInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var (current, fault) = await CaseReference.LoadAsync(input.CaseId, context, cases, cancellationToken);
        if (current is null)
        {
            return fault!;
        }

        var measures = await transitions.ListMeasuresAsync(current.Id, cancellationToken);
        switch (TransitionRules.EndAtTwentyFive(current, measures, CloseCase.ClosedBy, context.Now))
        {
            case CaseChange<TransitionChange>.Applied applied:
                if (applied.Value.Ended.Count > 0 && CaseReference.MayChange(context))
                {
                    await transitions.SaveAsync(applied.Value, applied.Events, cancellationToken);
                }

                CaseReference.Note(context, $"Ettervern avsluttet ved 25 år: {applied.Value.Ended.Count} tiltak");
                return ActivityResult.Done(new EndAftercareOutput { Ended = applied.Value.Ended.Count });
            case CaseChange<TransitionChange>.Conflict conflict:
                return ActivityResult.Fault($"R-44: {conflict.Detail}");
            default:
                throw new InvalidOperationException("Ending at 25 answers applied or conflict.");
        }
    }
}

/// <summary>Input of <see cref="EndAftercare"/>.</summary>
public sealed record EndAftercareInput
{
    /// <summary>The case; empty means the instance's correlation id, which is the case id.</summary>
    [Input(DisplayName = "Saks-id", Description = "Barnevernssaken. Tomt = instansens korrelasjons-id, som er saks-id-en.", Order = 0)]
    public string? CaseId { get; init; }
}

/// <summary>Output of <see cref="EndAftercare"/>.</summary>
public sealed record EndAftercareOutput
{
    /// <summary>How many measures ended.</summary>
    [Output(DisplayName = "Avsluttede tiltak")]
    public int Ended { get; init; }
}
