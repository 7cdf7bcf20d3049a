namespace Velferd.Workflows.Welfare.Persons;

/// <summary>
/// Who a person is (DOMAIN.md R-56): a fødselsnummer, a D-number, or an unborn child with its due date. An unborn
/// person never has a number. Build it through <see cref="PersonRules"/>, which checks the number.
/// </summary>
/// <param name="Kind">Fnr, D-number or unborn.</param>
/// <param name="Number">The 11 digits; null for an unborn child.</param>
/// <param name="DueDate">The due date (termin) of an unborn child; null otherwise.</param>
public sealed record PersonIdentity(IdentityKind Kind, string? Number, DateOnly? DueDate)
{
    /// <summary>A fødselsnummer.</summary>
    public static PersonIdentity OfFnr(string number) => new(IdentityKind.Fnr, number, null);

    /// <summary>A D-number.</summary>
    public static PersonIdentity OfDnr(string number) => new(IdentityKind.Dnr, number, null);

    /// <summary>An unborn child due on <paramref name="dueDate"/>.</summary>
    public static PersonIdentity OfUnborn(DateOnly dueDate) => new(IdentityKind.Unborn, null, dueDate);

    /// <summary>A person without any usable identifier (only a melding records one, R-58).</summary>
    public static PersonIdentity OfUnknown() => new(IdentityKind.Unknown, null, null);

    /// <summary>True when the person is the same as <paramref name="other"/> (same number; unborn persons are never matched by value).</summary>
    public bool IsSamePersonAs(PersonIdentity other) =>
        Number is not null && string.Equals(Number, other.Number, StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        IdentityKind.Unborn => $"ufødt (termin {DueDate:yyyy-MM-dd})",
        IdentityKind.Unknown => "ukjent identitet",
        _ => $"{Kind} ***********",
    };
}
