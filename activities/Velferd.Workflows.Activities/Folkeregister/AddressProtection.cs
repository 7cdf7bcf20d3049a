namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>Adressebeskyttelse in Folkeregisteret (DOMAIN.md R-63).</summary>
public enum AddressProtection
{
    /// <summary>Ugradert: no protection.</summary>
    None,

    /// <summary>Fortrolig: hidden except to granted roles.</summary>
    Confidential,

    /// <summary>Strengt fortrolig: never shown or printed; printed letters are blocked for manual handling.</summary>
    StrictlyConfidential,
}
