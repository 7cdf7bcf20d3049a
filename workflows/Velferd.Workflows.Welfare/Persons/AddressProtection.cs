namespace Velferd.Workflows.Welfare.Persons;

/// <summary>Adressebeskyttelse as Folkeregisteret reports it (DOMAIN.md R-63).</summary>
public enum AddressProtection
{
    /// <summary>Ugradert, or not known yet.</summary>
    None,

    /// <summary>Fortrolig: hidden except to granted roles.</summary>
    Confidential,

    /// <summary>Strengt fortrolig: the address is never in any answer, letter, export or log, for any role.</summary>
    StrictlyConfidential,
}
