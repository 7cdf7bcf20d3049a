namespace Velferd.Workflows.Welfare.Batons;

/// <summary>Where a hand-over offer stands .</summary>
public enum HandoverStatus
{
    /// <summary>Tilbudt: waiting for the successor's answer; the old holder is still stafettholder.</summary>
    Offered,

    /// <summary>Akseptert: the successor is stafettholder.</summary>
    Accepted,

    /// <summary>Avslått: nothing changed.</summary>
    Declined,
}
