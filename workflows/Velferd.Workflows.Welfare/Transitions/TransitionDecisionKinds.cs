namespace Velferd.Workflows.Welfare.Transitions;

/// <summary>
/// The decisions that meet the transition's 17 y 6 m deadline and open the 18 gate: a signed ettervern plan,
/// a recorded decline, or a vedtak ending the measures.
/// </summary>
public static class TransitionDecisionKinds
{
    /// <summary>Ettervernsplan signed .</summary>
    public const string Plan = "ETTERVERNSPLAN";

    /// <summary>The young person declined ettervern .</summary>
    public const string Declined = "AVSLÅTT";

    /// <summary>Enkeltvedtak ending the measures at 18, or refusing them after 18 .</summary>
    public const string Termination = "OPPHØRSVEDTAK";
}
