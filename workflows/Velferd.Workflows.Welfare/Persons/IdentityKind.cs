namespace Velferd.Workflows.Welfare.Persons;

/// <summary>How a person is identified (DOMAIN.md R-56).</summary>
public enum IdentityKind
{
    /// <summary>Fødselsnummer: 11 digits, day 01–31.</summary>
    Fnr,

    /// <summary>D-number: 11 digits, day + 40.</summary>
    Dnr,

    /// <summary>Ufødt: an unborn child, known by its due date (termin); never has a number.</summary>
    Unborn,

    /// <summary>No usable identifier: a melding's child whose identity must be clarified .</summary>
    Unknown,
}
