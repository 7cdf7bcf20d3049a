using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.Consents;

/// <summary>Input of <see cref="ConsentRecheck"/>.</summary>
public sealed record ConsentRecheckInput
{
    /// <summary>The case; empty means the instance's correlation id, which is the case id.</summary>
    [Input(DisplayName = "Saks-id", Description = "Saken samtykket gjelder. Tomt = instansens korrelasjons-id, som er saks-id-en.", Order = 0)]
    public string? CaseId { get; init; }

    /// <summary>The case's consent status before the change (GYLDIG, DELVIS, MANGLER, UTLØPT, TRUKKET); empty when unknown.</summary>
    [Input(
        DisplayName = "Samtykkestatus før endringen",
        Description = "Sakens samtykkestatus før endringen (GYLDIG, DELVIS, MANGLER, UTLØPT eller TRUKKET), for å se om den er svekket.",
        Order = 1)]
    public string? StatusBefore { get; init; }
}
