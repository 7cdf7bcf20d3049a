namespace Velferd.Workflows.Persistence.Welfare;

/// <summary>A <c>welfare_consent_withdrawals</c> row; services and categories as comma-separated codes, empty for all.</summary>
public sealed class ConsentWithdrawalRow
{
    public required string Id { get; set; }

    public required string ConsentId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Services { get; set; }

    public required string Categories { get; set; }

    public required string Via { get; set; }

    public required string By { get; set; }
}
