namespace Velferd.Workflows.Welfare.Consents;

/// <summary>How a consent stopped covering what it covered: the cause a cancelled meeting names.</summary>
public enum ConsentEnd
{
    /// <summary>Withdrawn or narrowed by the person .</summary>
    Withdrawn,

    /// <summary>Its last day passed .</summary>
    Expired,

    /// <summary>Folkeregisteret changed who holds parental responsibility, and the signatures no longer cover it .</summary>
    HoldersChanged,
}
