using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.Consents;

/// <summary>Input of <see cref="ConsentGate"/>.</summary>
public sealed record ConsentGateInput
{
    /// <summary>The case; empty means the instance's correlation id, which is the case id.</summary>
    [Input(DisplayName = "Saks-id", Description = "Saken samtykket gjelder. Tomt = instansens korrelasjons-id, som er saks-id-en.", Order = 0)]
    public string? CaseId { get; init; }

    /// <summary>The services the next step needs consent for (codes: helse, ppt, skole, …); empty means the case as a whole.</summary>
    [Input(
        DisplayName = "Tjenester",
        Description = "Tjenestene neste steg trenger samtykke for: helse, ppt, skole, barnehage, barnevern, nav, psykisk-helse. Tomt = saken samlet.",
        UIHint = UIHints.MultiText,
        Order = 1)]
    public string[]? Services { get; init; }

    /// <summary>The information categories the next step needs (codes: helse, skole, barnevern, okonomi, annet); empty means every category given.</summary>
    [Input(
        DisplayName = "Kategorier",
        Description = "Opplysningskategoriene neste steg trenger: helse, skole, barnevern, okonomi, annet. Tomt = alle kategoriene samtykket gir tjenesten.",
        UIHint = UIHints.MultiText,
        Order = 2)]
    public string[]? Categories { get; init; }
}
