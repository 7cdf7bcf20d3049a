namespace Velferd.Workflows.Welfare.Access;

/// <summary>How a user is related to a case, the first that holds in this order.</summary>
public enum CaseRelation
{
    /// <summary>No relation: the case does not exist for him.</summary>
    None,

    /// <summary>An administrator.</summary>
    Administrator,

    /// <summary>A member of the team that owns the case (its coordinator and leader included).</summary>
    Team,

    /// <summary>Added to the case for a service.</summary>
    Member,

    /// <summary>Holds the baton, also when offered from another team.</summary>
    Stafettholder,

    /// <summary>Holds an open task of the case.</summary>
    Assignee,

    /// <summary>Opened the case through break-glass, until it expires.</summary>
    BreakGlass,
}
