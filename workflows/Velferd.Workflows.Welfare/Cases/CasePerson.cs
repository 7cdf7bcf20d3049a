using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Welfare.Cases;

/// <summary>
/// A person on a case: the child, or a guardian. Birth date, address protection and parental responsibility come from
/// Folkeregisteret (<see cref="RegistryStatus"/> says whether it answered). No address is kept: the engine never reads
/// one, so a strictly confidential address cannot leak from here.
/// </summary>
public sealed record CasePerson
{
    /// <summary>Id of this person on this case.</summary>
    public required string Id { get; init; }

    /// <summary>Child or guardian.</summary>
    public required PersonRole Role { get; init; }

    /// <summary>Fnr, D-number or unborn with due date.</summary>
    public required PersonIdentity Identity { get; init; }

    /// <summary>The name as entered (never logged).</summary>
    public string? Name { get; init; }

    /// <summary>The birth date: from Folkeregisteret when <see cref="BirthDateFromRegistry"/>, else as the caller gave it.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>True when <see cref="BirthDate"/> is Folkeregisteret's (the only source for ages, R-40).</summary>
    public bool BirthDateFromRegistry { get; init; }

    /// <summary>Adressebeskyttelse .</summary>
    public AddressProtection AddressProtection { get; init; }

    /// <summary>For a guardian: holds parental responsibility (foreldreansvar) for the child, by Folkeregisteret or as entered.</summary>
    public bool HasParentalResponsibility { get; init; }

    /// <summary>What Folkeregisteret said.</summary>
    public RegistryStatus RegistryStatus { get; init; }

    /// <summary>The age on <paramref name="day"/>, or null when the birth date is not known (or the child is unborn).</summary>
    public int? AgeOn(DateOnly day) => BirthDate is { } born ? Age.On(born, day) : null;
}
