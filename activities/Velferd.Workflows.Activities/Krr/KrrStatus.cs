namespace Velferd.Workflows.Activities.Krr;

/// <summary>A person's status in KRR (kontakt- og reservasjonsregisteret).</summary>
public enum KrrStatus
{
    /// <summary>AKTIV.</summary>
    Active,

    /// <summary>SLETTET.</summary>
    Deleted,

    /// <summary>IKKE_REGISTRERT.</summary>
    NotRegistered,

    /// <summary>Any status we do not know; treated as not active (DOMAIN.md R-70).</summary>
    Unknown,
}
