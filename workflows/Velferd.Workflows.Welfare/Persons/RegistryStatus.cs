namespace Velferd.Workflows.Welfare.Persons;

/// <summary>What Folkeregisteret has said about a person on a case.</summary>
public enum RegistryStatus
{
    /// <summary>Nothing to ask (an unborn child) or not asked.</summary>
    NotLookedUp,

    /// <summary>A lookup is on its way through the outbox.</summary>
    Pending,

    /// <summary>Found: birth date, protection and (for the child) the holders of parental responsibility are from Folkeregisteret.</summary>
    Found,

    /// <summary>«Ikke funnet i Folkeregisteret»: the number is kept and needs a manual check .</summary>
    NotFound,

    /// <summary>The lookup was given up after an incident; the data stays as entered.</summary>
    Failed,
}
