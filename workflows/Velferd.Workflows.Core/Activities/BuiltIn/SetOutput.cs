using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Activities.BuiltIn;

/// <summary>Sets one of the workflow's outputs (Elsa's <c>Elsa.SetOutput</c>).</summary>
[Activity("Elsa.SetOutput", Category = "Primitiver", DisplayName = "Sett utdata", Description = "Gir en av forløpets utdata en verdi.")]
public sealed class SetOutput : Activity<SetOutputInput, NoOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(SetOutputInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.OutputName))
        {
            return ValueTask.FromResult(ActivityResult.Fault("SetOutput needs an output name."));
        }

        context.SetWorkflowOutput(input.OutputName, input.OutputValue);
        return Done();
    }
}

/// <summary>Input of <see cref="SetOutput"/>.</summary>
public sealed record SetOutputInput
{
    /// <summary>The output's name.</summary>
    [Input(DisplayName = "Navn på utdata", Description = "Navnet verdien får i forløpets utdata.", IsRequired = true)]
    public string? OutputName { get; init; }

    /// <summary>The value.</summary>
    [Input(DisplayName = "Verdi", Description = "Verdien som settes; tomt gir ingen verdi.")]
    public JsonNode? OutputValue { get; init; }
}
