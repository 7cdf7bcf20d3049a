namespace Velferd.Workflows.Persistence.Welfare;

/// <summary>A <c>welfare_case_persons</c> row: the child (position 0) or a guardian.</summary>
public sealed class CasePersonRow
{
    public required string Id { get; set; }

    public required string CaseId { get; set; }

    public int Position { get; set; }

    public required string Role { get; set; }

    public required string IdentityKind { get; set; }

    /// <summary>Fødselsnummer or D-number; null for an unborn child.</summary>
    public string? Number { get; set; }

    public DateOnly? DueDate { get; set; }

    public string? Name { get; set; }

    public DateOnly? BirthDate { get; set; }

    public bool BirthDateFromRegistry { get; set; }

    public required string AddressProtection { get; set; }

    public bool HasParentalResponsibility { get; set; }

    public required string RegistryStatus { get; set; }
}
