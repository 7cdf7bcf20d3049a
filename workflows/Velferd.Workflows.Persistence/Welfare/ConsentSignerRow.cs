namespace Velferd.Workflows.Persistence.Welfare;

/// <summary>A <c>welfare_consent_signers</c> row.</summary>
public sealed class ConsentSignerRow
{
    public required string ConsentId { get; set; }

    public int Position { get; set; }

    public required string IdentityKind { get; set; }

    public required string Number { get; set; }

    public string? Name { get; set; }

    public required string Capacity { get; set; }
}
