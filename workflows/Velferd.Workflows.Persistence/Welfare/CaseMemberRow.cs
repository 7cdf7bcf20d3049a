namespace Velferd.Workflows.Persistence.Welfare;

/// <summary>A <c>welfare_case_members</c> row: a user on a case's team for a service.</summary>
public sealed class CaseMemberRow
{
    public required string CaseId { get; set; }

    public required string UserName { get; set; }

    public required string Service { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public required string AddedBy { get; set; }
}
