using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Core.Activities.BuiltIn;

/// <summary>
/// Joins branches (Elsa's <c>Elsa.FlowJoin</c>). <c>WaitAll</c> goes on when every inbound connection has arrived;
/// <c>WaitAny</c> goes on with the first and cancels the branches racing it (their waits are removed).
/// </summary>
[Activity("Elsa.FlowJoin", Category = "Flyt", DisplayName = "Slå sammen", Description = "Venter på én eller alle innkommende grener.")]
public sealed class FlowJoin : Activity<FlowJoinInput, NoOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(FlowJoinInput input, ActivityContext context, CancellationToken cancellationToken) =>
        Done();
}

/// <summary>How a join waits.</summary>
public enum FlowJoinMode
{
    /// <summary>Goes on with the first branch to arrive.</summary>
    [Display(Name = "Vent på første gren")]
    WaitAny,

    /// <summary>Goes on when every inbound branch has arrived.</summary>
    [Display(Name = "Vent på alle grener")]
    WaitAll,
}

/// <summary>Input of <see cref="FlowJoin"/>.</summary>
public sealed record FlowJoinInput
{
    /// <summary>How the join waits.</summary>
    [Input(DisplayName = "Modus", Description = "Gå videre når den første grenen kommer, eller vent på alle innkommende grener.", DefaultValue = "WaitAny")]
    public FlowJoinMode Mode { get; init; }
}
