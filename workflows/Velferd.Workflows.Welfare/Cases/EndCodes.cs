namespace Velferd.Workflows.Welfare.Cases;

/// <summary>The end codes of the pathways in DOMAIN.md §6 that close a case.</summary>
public static class EndCodes
{
    /// <summary>P2: consent withdrawn .</summary>
    public const string ConsentWithdrawn = "AVSLUTTET_SAMTYKKE_TRUKKET";

    /// <summary>Every code a case can be closed with (P1, P2, P4, P5, P6, P7, P8 and the common ones).</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        // P1
        "AVSLUTTET_INGEN_BEKYMRING", "VIDERE_NIVÅ1", "VIDERE_P2", "VIDERE_P3", "VIDERE_P5", "VIDERE_P7", "ANONYM_VEILEDNING_GITT",

        // P2
        "AVSLUTTET_MÅL_NÅDD", "AVSLUTTET_ETTER_ØNSKE", ConsentWithdrawn, "OVERFØRT_P3", "OVERFØRT_P5", "OVERFØRT_KE",
        "FLYTTET", "ANONYM_DRØFTING_GJENNOMFØRT",

        // P7
        "RÅDGIVNING_FULLFØRT", "OVERFØRT_P2", "MELDING_P3",

        // P8
        "OVERFØRT_SPESIALIST",

        // P4 (helsestasjon 0–2); OVERFØRT_P2 and FLYTTET as above
        "FULLFØRT_0_2_STANDARD", "FULLFØRT_0_2_UTVIDET", "DØDSFALL",

        // P5; FLYTTET as above
        "AVSLUTTET_ØNSKE", "AVSLUTTET_BEHOV_OPPHØRT", "KOORDINATOR_UTEN_IP_AVSLUTTET", "OVERFØRT_VOKSEN_KOORDINATOR", "AVSLÅTT_VILKÅR_IKKE_OPPFYLT",

        // P6; AVSLUTTET_ETTER_ØNSKE as above
        "AVSLUTTET_25_ÅR", "AVSLÅTT_OG_PÅMINNET", "OVERFØRT_NAV", "VEDTAK_OPPHØR_KLAGE_BEHANDLET", "FLYTTET_ANSVAR_BEHOLDT",
    };
}
