namespace Velferd.Workflows.Core.Activities.BuiltIn;

/// <summary>Faults the instance on purpose, with a code and message for operators (Elsa's <c>Elsa.Fault</c>).</summary>
[Activity("Elsa.Fault", Category = "Flyt", DisplayName = "Feil", Description = "Stopper forløpet med en feil som driften ser.", Outcomes = [], IsTerminal = true)]
public sealed class Fault : Activity<FaultInput, NoOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(FaultInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var message = string.IsNullOrWhiteSpace(input.Code) ? input.Message : $"{input.Code}: {input.Message}";
        return ValueTask.FromResult(ActivityResult.Fault(string.IsNullOrWhiteSpace(message) ? "Fault activity reached." : message));
    }
}

/// <summary>Input of <see cref="Fault"/>.</summary>
public sealed record FaultInput
{
    /// <summary>A short error code.</summary>
    [Input(DisplayName = "Kode", Description = "En kort feilkode, f.eks. «MANGLER_SAMTYKKE».")]
    public string? Code { get; init; }

    /// <summary>What went wrong.</summary>
    [Input(DisplayName = "Melding", Description = "Hva som gikk galt, uten personopplysninger.", IsRequired = true)]
    public string? Message { get; init; }

    /// <summary>A category for grouping.</summary>
    [Input(DisplayName = "Kategori", Description = "Grupperer feil i hendelsesoversikten.")]
    public string? Category { get; init; }
}
