namespace Velferd.Workflows.Core.Access;

/// <summary>
/// The request being audited (DOMAIN.md R-66), as far down the call chain as it reaches: the host starts one for each
/// request that touches case data, the access decision notes which case and person it let the user into, and the
/// store that saves a write adds the audit row to that same save (so a write and its row commit together). Ambient
/// (an <see cref="AsyncLocal{T}"/>) because the stores and the access decision sit several layers below the endpoint
/// and run for many callers that audit nothing (the dispatcher, housekeeping).
/// </summary>
public sealed class AuditedRequest
{
    private static readonly AsyncLocal<AuditedRequest?> Ambient = new();

    /// <summary>The request being audited in this flow, or null (background work, routes without case data).</summary>
    public static AuditedRequest? Current => Ambient.Value;

    /// <summary>When the request came (the host's clock).</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The signed-in user.</summary>
    public required string User { get; init; }

    /// <summary>The user's roles, comma-separated.</summary>
    public required string Role { get; init; }

    /// <summary>The user's services, comma-separated (empty for none).</summary>
    public required string Service { get; init; }

    /// <summary>Why the user reads or writes (the <c>X-Purpose</c> header, or the route's default).</summary>
    public required string Purpose { get; init; }

    /// <summary>The route, as method and pattern (<c>GET /api/cases/{caseId}</c>).</summary>
    public required string Route { get; init; }

    /// <summary>True for a request that changes case data (anything but GET and HEAD).</summary>
    public required bool IsWrite { get; init; }

    /// <summary>
    /// The action a read's row names (read, search or export), known when the request starts, when the read's own query
    /// may write the row; null for a write (its row goes into its save) or when the log appends every read's row itself.
    /// </summary>
    public string? ReadAction { get; init; }

    /// <summary>
    /// True once the endpoint has decided to answer a read (the access decision let the user in and nothing after it
    /// refuses): the row may then travel in the same round trip as the read's next query, which commits it before any
    /// of the answer is sent.
    /// </summary>
    public bool ReadAllowed { get; private set; }

    /// <summary>True when the user reached the case through break-glass .</summary>
    public bool BreakGlass { get; set; }

    /// <summary>The first case the access decision let the user into (or the route named); null for a list.</summary>
    public string? CaseId { get; private set; }

    /// <summary>The person on that case whose data it is (the case's child), by the id of the person on the case.</summary>
    public string? PersonRef { get; private set; }

    /// <summary>True once the audit row is written; a request gets one row.</summary>
    public bool Written { get; private set; }

    /// <summary>Makes <paramref name="request"/> the ambient one for the rest of this flow.</summary>
    public static void Begin(AuditedRequest request) => Ambient.Value = request;

    /// <summary>
    /// Notes that the access decision let the user into a case (and person); the first case noted is the row's. Access
    /// through break-glass marks the row, whichever case it was.
    /// </summary>
    public static void Touched(string? caseId, string? personRef = null, bool breakGlass = false)
    {
        if (Ambient.Value is not { } request || string.IsNullOrEmpty(caseId))
        {
            return;
        }

        request.BreakGlass |= breakGlass;

        if (request.CaseId is null)
        {
            request.CaseId = caseId;
            request.PersonRef = personRef;
        }
        else if (request.CaseId == caseId && request.PersonRef is null)
        {
            request.PersonRef = personRef;
        }
    }

    /// <summary>
    /// Notes that the read in this flow will be answered (<see cref="ReadAllowed"/>): called where the access decision
    /// has let the user in and no refusal can follow, so a refused read never gets a row. No effect on a write.
    /// </summary>
    public static void Allowed()
    {
        if (Ambient.Value is { ReadAction: not null } request)
        {
            request.ReadAllowed = true;
        }
    }

    /// <summary>Claims the right to write this request's row: true the first time only.</summary>
    public bool TryClaimRow()
    {
        if (Written)
        {
            return false;
        }

        Written = true;
        return true;
    }

    /// <summary>Gives a row back that could not be written (its save failed), so a later save or the answer writes it.</summary>
    public void ReleaseRow() => Written = false;
}
