namespace Velferd.Workflows.Core.Activities.BuiltIn;

/// <summary>Completes the whole workflow now, cancelling every other path (Elsa's <c>Elsa.Complete</c>).</summary>
[Activity("Elsa.Complete", Category = "Flyt", DisplayName = "Fullfør", Description = "Fullfører hele forløpet og avbryter andre grener.", Outcomes = [], IsTerminal = true)]
public sealed class Complete : Activity<CompleteInput, NoOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(CompleteInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.CompleteWorkflow(input.Outcomes ?? []));
}

/// <summary>Input of <see cref="Complete"/>.</summary>
public sealed record CompleteInput
{
    /// <summary>The workflow's outcomes.</summary>
    [Input(DisplayName = "Utfall", Description = "Utfallene forløpet avsluttes med her (kan være tomt).", UIHint = UIHints.DynamicOutcomes)]
    public string[]? Outcomes { get; init; }
}
