namespace Velferd.Workflows.Core.Activities.BuiltIn;

/// <summary>Sets the instance's correlation id, normally the case id (Elsa's <c>Elsa.Correlate</c>).</summary>
[Activity("Elsa.Correlate", Category = "Primitiver", DisplayName = "Korreler", Description = "Knytter forløpet til en sak (korrelasjons-id).")]
public sealed class Correlate : Activity<CorrelateInput, NoOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(CorrelateInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        context.CorrelationId = string.IsNullOrWhiteSpace(input.CorrelationId) ? null : input.CorrelationId;
        return Done();
    }
}

/// <summary>Input of <see cref="Correlate"/>.</summary>
public sealed record CorrelateInput
{
    /// <summary>The correlation id.</summary>
    [Input(DisplayName = "Korrelasjons-id", Description = "Id-en hendelser og svar finner forløpet med, som regel saks-id-en.", IsRequired = true)]
    public string? CorrelationId { get; init; }
}
