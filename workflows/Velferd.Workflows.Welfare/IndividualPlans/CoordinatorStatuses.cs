namespace Velferd.Workflows.Welfare.IndividualPlans;

/// <summary>Where a coordinator's appointment stands .</summary>
public static class CoordinatorStatuses
{
    /// <summary>Appointed, not yet accepted: does not count as the case's koordinator.</summary>
    public const string Offered = "TILBUDT";

    /// <summary>Accepted: the case's koordinator.</summary>
    public const string Active = "AKTIV";

    /// <summary>Left (or the offer withdrawn): the case is «uten koordinator» until a successor accepts.</summary>
    public const string Left = "SLUTTET";
}
