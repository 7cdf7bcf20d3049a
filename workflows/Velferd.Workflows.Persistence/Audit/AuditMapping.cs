using Velferd.Workflows.Welfare.Audit;

namespace Velferd.Workflows.Persistence.Audit;

/// <summary>Audit rows to and from the model.</summary>
internal static class AuditMapping
{
    public static AuditEntryRow ToRow(AuditEntry entry) => new()
    {
        Id = entry.Id,
        At = entry.At.ToUniversalTime(),
        User = entry.User,
        Role = entry.Role,
        Service = entry.Service,
        CaseId = entry.CaseId,
        PersonRef = entry.PersonRef,
        Action = entry.Action,
        Purpose = entry.Purpose,
        BreakGlass = entry.BreakGlass,
        Route = entry.Route,
    };

    public static AuditEntry ToModel(AuditEntryRow row) => new()
    {
        Id = row.Id,
        At = row.At,
        User = row.User,
        Role = row.Role,
        Service = row.Service,
        CaseId = row.CaseId,
        PersonRef = row.PersonRef,
        Action = row.Action,
        Purpose = row.Purpose,
        BreakGlass = row.BreakGlass,
        Route = row.Route,
    };
}
