using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Welfare.Cases;

/// <summary>What Folkeregisteret answered about one person on a case.</summary>
public abstract record RegistryAnswer
{
    private RegistryAnswer()
    {
    }

    /// <summary>Found.</summary>
    /// <param name="BirthDate">The registered birth date.</param>
    /// <param name="AddressProtection">The address protection.</param>
    /// <param name="ParentalResponsibilityHolders">
    /// For the child: the numbers of those holding parental responsibility (<c>relasjon-utvidet</c>); null when not asked.
    /// </param>
    public sealed record Found(DateOnly? BirthDate, AddressProtection AddressProtection, IReadOnlyList<string>? ParentalResponsibilityHolders) : RegistryAnswer;

    /// <summary>Folkeregisteret does not know the number (HTTP 404).</summary>
    public sealed record NotFound : RegistryAnswer;

    /// <summary>The lookup was given up after an incident.</summary>
    public sealed record Failed : RegistryAnswer;
}
