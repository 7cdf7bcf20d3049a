namespace Velferd.Workflows.Simulator;

/// <summary>A synthetic person the simulator knows (test numbers: month + 80, never a real person).</summary>
/// <param name="IdentityNumber">The synthetic fødselsnummer.</param>
/// <param name="BirthDate">Birth date, <c>yyyy-MM-dd</c>.</param>
/// <param name="AddressProtection">Folkeregisteret's grading: <c>ugradert</c>, <c>fortrolig</c> or <c>strengtFortrolig</c>.</param>
/// <param name="DeathDate">Death date, if deceased.</param>
/// <param name="KrrStatus"><c>AKTIV</c>, <c>SLETTET</c> or <c>IKKE_REGISTRERT</c>.</param>
/// <param name="KrrReserved">True when reserved against digital communication.</param>
/// <param name="HasDigitalMailbox">True when the person has a digital mailbox.</param>
/// <param name="Parents">The parents' numbers (with parental responsibility).</param>
/// <param name="Street">The street of the home address (bostedsadresse), house number included; null: none registered.</param>
public sealed record TestPerson(
    string IdentityNumber,
    string BirthDate,
    string AddressProtection,
    string? DeathDate,
    string KrrStatus,
    bool KrrReserved,
    bool HasDigitalMailbox,
    IReadOnlyList<string> Parents,
    string? Street = null);
