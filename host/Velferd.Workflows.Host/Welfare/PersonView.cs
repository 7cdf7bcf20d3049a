using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>
/// A person on a case in an answer. There is never an address: the engine does not keep one, so a strictly
/// confidential address cannot be shown; <see cref="AddressProtection"/> says whether one is protected.
/// </summary>
/// <param name="Id">The person's id on the case.</param>
/// <param name="Role"><c>barn</c> or <c>foresatt</c>.</param>
/// <param name="Fnr">Fødselsnummer.</param>
/// <param name="Dnr">D-number.</param>
/// <param name="Unborn">True for an unborn child.</param>
/// <param name="DueDate">The due date of an unborn child.</param>
/// <param name="Name">The name as entered.</param>
/// <param name="BirthDate">The birth date (Folkeregisteret's when <paramref name="BirthDateFromRegistry"/>).</param>
/// <param name="BirthDateFromRegistry">True when the birth date is Folkeregisteret's.</param>
/// <param name="Age">Age today in Oslo, from the birth date .</param>
/// <param name="AddressProtection"><c>ugradert</c>, <c>fortrolig</c> or <c>strengtFortrolig</c>.</param>
/// <param name="HasParentalResponsibility">For a guardian: holds foreldreansvar.</param>
/// <param name="Registry"><c>ikke-sjekket</c>, <c>venter</c>, <c>funnet</c>, <c>ikke-funnet</c> or <c>feilet</c>.</param>
/// <param name="RegistryNote">«ikke funnet i Folkeregisteret» when the number is unknown there (a manual check).</param>
public sealed record PersonView(
    string Id,
    string Role,
    string? Fnr,
    string? Dnr,
    bool Unborn,
    DateOnly? DueDate,
    string? Name,
    DateOnly? BirthDate,
    bool BirthDateFromRegistry,
    int? Age,
    string AddressProtection,
    bool HasParentalResponsibility,
    string Registry,
    string? RegistryNote)
{
    /// <summary>The view of <paramref name="person"/> on <paramref name="today"/>.</summary>
    public static PersonView Of(CasePerson person, DateOnly today) => new(
        person.Id,
        person.Role == PersonRole.Child ? "barn" : "foresatt",
        person.Identity.Kind == IdentityKind.Fnr ? person.Identity.Number : null,
        person.Identity.Kind == IdentityKind.Dnr ? person.Identity.Number : null,
        person.Identity.Kind == IdentityKind.Unborn,
        person.Identity.DueDate,
        person.Name,
        person.BirthDate,
        person.BirthDateFromRegistry,
        person.AgeOn(today),
        person.AddressProtection switch
        {
            Velferd.Workflows.Welfare.Persons.AddressProtection.StrictlyConfidential => "strengtFortrolig",
            Velferd.Workflows.Welfare.Persons.AddressProtection.Confidential => "fortrolig",
            _ => "ugradert",
        },
        person.HasParentalResponsibility,
        person.RegistryStatus switch
        {
            RegistryStatus.Pending => "venter",
            RegistryStatus.Found => "funnet",
            RegistryStatus.NotFound => "ikke-funnet",
            RegistryStatus.Failed => "feilet",
            _ => "ikke-sjekket",
        },
        person.RegistryStatus == RegistryStatus.NotFound ? RegistryRules.NotFoundText : null);
}
