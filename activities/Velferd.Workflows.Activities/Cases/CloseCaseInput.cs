using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.Cases;

/// <summary>Input of <see cref="CloseCase"/>.</summary>
public sealed record CloseCaseInput
{
    /// <summary>The case; empty means the instance's correlation id, which is the case id.</summary>
    [Input(DisplayName = "Saks-id", Description = "Saken som avsluttes. Tomt = instansens korrelasjons-id, som er saks-id-en.", Order = 0)]
    public string? CaseId { get; init; }

    /// <summary>The end code (DOMAIN.md §6); required.</summary>
    [Input(
        DisplayName = "Sluttkode",
        Description = "Sluttkoden fra forløpskatalogen, f.eks. AVSLUTTET_MÅL_NÅDD, AVSLUTTET_ETTER_ØNSKE, ANONYM_DRØFTING_GJENNOMFØRT, OVERFØRT_P3.",
        IsRequired = true,
        UIHint = UIHints.Dropdown,
        Options =
        [
            "AVSLUTTET_INGEN_BEKYMRING", "ANONYM_VEILEDNING_GITT", "VIDERE_P3", "VIDERE_P5", "VIDERE_P7", "AVSLUTTET_MÅL_NÅDD", "AVSLUTTET_ETTER_ØNSKE", "AVSLUTTET_SAMTYKKE_TRUKKET",
            "OVERFØRT_P3", "OVERFØRT_P5", "OVERFØRT_KE", "FLYTTET", "ANONYM_DRØFTING_GJENNOMFØRT", "RÅDGIVNING_FULLFØRT", "OVERFØRT_P2",
            "MELDING_P3", "OVERFØRT_SPESIALIST", "AVSLUTTET_25_ÅR", "AVSLÅTT_OG_PÅMINNET", "OVERFØRT_NAV", "VEDTAK_OPPHØR_KLAGE_BEHANDLET",
            "FLYTTET_ANSVAR_BEHOLDT",
        ],
        Order = 1)]
    public string? EndCode { get; init; }

    /// <summary>Why the case ends; required.</summary>
    [Input(DisplayName = "Begrunnelse", Description = "Hvorfor saken avsluttes; vises i sakens tidslinje.", IsRequired = true, UIHint = UIHints.MultiLine, Order = 2)]
    public string? Reason { get; init; }

    /// <summary>True (the default): the whole pathway ends here, cancelling its other branches.</summary>
    [Input(
        DisplayName = "Avslutt forløpet",
        Description = "Ja (standard): hele forløpet avsluttes her, også parallelle grener, og utfallet «Utfall» blir sluttkoden. Nei: flyten fortsetter fra «Done».",
        DefaultValue = true,
        Order = 3)]
    public bool EndPathway { get; init; } = true;
}
