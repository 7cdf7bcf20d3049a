using Velferd.Workflows.Welfare.Audit;

namespace Velferd.Workflows.Host.Audit;

/// <summary>An audit row as <c>GET /api/audit</c> answers it.</summary>
public sealed record AuditEntryView(
    DateTimeOffset At, string User, string Role, string Service, string? CaseId, string? PersonRef, string Action, string Purpose, bool BreakGlass, string Route)
{
    /// <summary>The view of <paramref name="entry"/>.</summary>
    public static AuditEntryView Of(AuditEntry entry) =>
        new(entry.At, entry.User, entry.Role, entry.Service, entry.CaseId, entry.PersonRef, entry.Action, entry.Purpose, entry.BreakGlass, entry.Route);
}
