namespace Velferd.Workflows.Core.Activities.BuiltIn;

/// <summary>
/// Writes a line to the instance's execution log (Elsa's <c>Elsa.WriteLine</c>). It never reaches the
/// application log, which must stay free of case data.
/// </summary>
[Activity("Elsa.WriteLine", Category = "Primitiver", DisplayName = "Skriv linje", Description = "Skriver en tekst til forløpets kjørelogg.")]
public sealed class WriteLine : Activity<WriteLineInput, NoOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(WriteLineInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        context.Message = input.Text;
        return Done();
    }
}

/// <summary>Input of <see cref="WriteLine"/>.</summary>
public sealed record WriteLineInput
{
    /// <summary>The text.</summary>
    [Input(DisplayName = "Tekst", Description = "Teksten som skrives.")]
    public string? Text { get; init; }
}
