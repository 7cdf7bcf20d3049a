namespace Velferd.Workflows.Welfare.Consents;

/// <summary>The consent statuses of R-28, with the codes the API shows (<see cref="ConsentStatusCodes"/>).</summary>
public enum ConsentStatus
{
    /// <summary>MANGLER: nothing covers it.</summary>
    Missing,

    /// <summary>DELVIS: some of the required signatures (e.g. one of two holders under «begge»): only anonymous discussion.</summary>
    Partial,

    /// <summary>GYLDIG: covered now.</summary>
    Valid,

    /// <summary>UTLØPT: it was covered, but the validity has ended .</summary>
    Expired,

    /// <summary>TRUKKET: it was covered, but withdrawn .</summary>
    Withdrawn,
}
