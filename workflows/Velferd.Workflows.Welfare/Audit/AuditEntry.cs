using Velferd.Workflows.Core.Access;

namespace Velferd.Workflows.Welfare.Audit;

/// <summary>
/// One audit row (DOMAIN.md R-66): who read or wrote which case's data, in which role and service, why, and whether
/// through break-glass. Rows are only ever appended (<see cref="IAuditLog"/> has no change or delete) and outlive the
/// access and the case.
/// </summary>
public sealed record AuditEntry
{
    /// <summary>Time-ordered id.</summary>
    public required string Id { get; init; }

    /// <summary>When.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The user.</summary>
    public required string User { get; init; }

    /// <summary>The user's roles, comma-separated.</summary>
    public required string Role { get; init; }

    /// <summary>The user's services, comma-separated.</summary>
    public required string Service { get; init; }

    /// <summary>The case, when the request was about one (null for a list or search).</summary>
    public string? CaseId { get; init; }

    /// <summary>The person on the case whose data it is, by the id of the person on the case (never a fødselsnummer).</summary>
    public string? PersonRef { get; init; }

    /// <summary>What was done (<see cref="AuditActions"/>).</summary>
    public required string Action { get; init; }

    /// <summary>Why.</summary>
    public required string Purpose { get; init; }

    /// <summary>True when the access came through break-glass .</summary>
    public bool BreakGlass { get; init; }

    /// <summary>The route, as method and pattern.</summary>
    public required string Route { get; init; }

    /// <summary>The row for <paramref name="request"/>, doing <paramref name="action"/>.</summary>
    public static AuditEntry Of(AuditedRequest request, string action) => new()
    {
        Id = Core.Runtime.Ids.New(request.At),
        At = request.At,
        User = request.User,
        Role = request.Role,
        Service = request.Service,
        CaseId = request.CaseId,
        PersonRef = request.PersonRef,
        Action = action,
        Purpose = request.Purpose,
        BreakGlass = request.BreakGlass,
        Route = request.Route,
    };
}
