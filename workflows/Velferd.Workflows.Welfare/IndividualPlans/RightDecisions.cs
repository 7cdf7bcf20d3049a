namespace Velferd.Workflows.Welfare.IndividualPlans;

/// <summary>The decision on the right to an IP and koordinator, as the API spells it.</summary>
public static class RightDecisions
{
    /// <summary>The right is granted.</summary>
    public const string Granted = "INNVILGET";

    /// <summary>Refused: an appealable vedtak, the pathway ends <c>AVSLÅTT_VILKÅR_IKKE_OPPFYLT</c>.</summary>
    public const string Refused = "AVSLÅTT";
}
