namespace Velferd.Workflows.Welfare.Transitions;

/// <summary>Where a measure stands.</summary>
public static class MeasureStatuses
{
    /// <summary>Running.</summary>
    public const string Active = "AKTIV";

    /// <summary>Ended (with a reason, and for an enkeltvedtak the decision's id).</summary>
    public const string Ended = "AVSLUTTET";
}
