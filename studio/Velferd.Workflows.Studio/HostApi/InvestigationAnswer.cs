namespace Velferd.Workflows.Studio.HostApi;

/// <summary>
/// A barnevern case's open investigation as <c>GET /api/cases/{id}</c> answers it (<c>openInvestigation</c>): its start
/// date, its deadline's last day (<c>YYYY-MM-DD</c>) and whether it was extended, and an extension awaiting the leader.
/// </summary>
public sealed record InvestigationAnswer(
    string Id,
    DateOnly StartDate,
    string DeadlineId,
    string? DueDate,
    bool UtvidetFrist,
    string Status,
    DateTimeOffset? RequestedDueAt,
    string? ExtensionReason);
