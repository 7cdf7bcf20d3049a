namespace Velferd.Workflows.Core.Identity;

/// <summary>The two kinds of Norwegian identity number (DOMAIN.md R-57).</summary>
public enum IdentityNumberKind
{
    /// <summary>Fødselsnummer: day 01–31.</summary>
    Fodselsnummer,

    /// <summary>D-number, given to people without a fødselsnummer: day + 40 (41–71).</summary>
    DNumber,
}
