using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.Cases;

/// <summary>Input of the activities that only need the case (<see cref="CaseClosedWait"/>).</summary>
public sealed record CaseInput
{
    /// <summary>The case; empty means the instance's correlation id, which is the case id.</summary>
    [Input(DisplayName = "Saks-id", Description = "Saken det gjelder. Tomt = instansens korrelasjons-id, som er saks-id-en.", Order = 0)]
    public string? CaseId { get; init; }
}
