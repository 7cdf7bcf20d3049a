namespace Velferd.Workflows.Persistence.Welfare;

/// <summary>A <c>welfare_consents</c> row.</summary>
public sealed class ConsentRow
{
    public required string Id { get; set; }

    public required string CaseId { get; set; }

    public required string Purpose { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly ValidTo { get; set; }

    public required string Method { get; set; }

    public string? ChildView { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public required string RecordedBy { get; set; }

    public DateTimeOffset? RenewalRequestedAt { get; set; }

    public DateTimeOffset? ExpiryHandledAt { get; set; }

    public List<ConsentSignerRow> Signers { get; set; } = [];

    public List<ConsentScopeRow> Scopes { get; set; } = [];

    public List<ConsentWithdrawalRow> Withdrawals { get; set; } = [];
}
