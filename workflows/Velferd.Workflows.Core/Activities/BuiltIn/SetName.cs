namespace Velferd.Workflows.Core.Activities.BuiltIn;

/// <summary>Gives the instance a name of its own, shown in the instance lists (Elsa's <c>Elsa.SetName</c>).</summary>
[Activity("Elsa.SetName", Category = "Primitiver", DisplayName = "Sett navn på forløpet", Description = "Gir denne instansen av forløpet et eget navn som vises i listene.")]
public sealed class SetName : Activity<SetNameInput, NoOutput>
{
    /// <summary>The longest name kept; the instance lists show names, not documents.</summary>
    public const int MaxLength = 200;

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(SetNameInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Value))
        {
            return ValueTask.FromResult(ActivityResult.Fault("SetName needs a name."));
        }

        if (input.Value.Length > MaxLength)
        {
            return ValueTask.FromResult(ActivityResult.Fault($"The instance name is longer than {MaxLength} characters."));
        }

        context.InstanceName = input.Value;
        return Done();
    }
}

/// <summary>Input of <see cref="SetName"/>.</summary>
public sealed record SetNameInput
{
    /// <summary>The instance's new name.</summary>
    [Input(DisplayName = "Navn", Description = "Navnet instansen får, f.eks. saksnummeret og hva forløpet gjelder.", IsRequired = true)]
    public string? Value { get; init; }
}
