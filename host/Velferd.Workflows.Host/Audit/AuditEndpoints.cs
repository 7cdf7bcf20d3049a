using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Welfare;
using Velferd.Workflows.Welfare.Audit;

namespace Velferd.Workflows.Host.Audit;

/// <summary>
/// The audit log (R-66, DOMAIN-API.md "Access and audit"): <c>GET /api/audit?caseId=…</c> as JSON and
/// <c>GET /api/audit/export?caseId=…</c> as CSV. An administrator reads every row; a leader names a case he may see
/// (another team's case is 404, as everywhere). Nothing here changes a row: the log is append-only. Reading it is itself
/// a case-data read (its <c>RouteRules</c> line), so every answered read or export appends its own row, naming the case
/// when one was asked for.
/// </summary>
public static class AuditEndpoints
{
    /// <summary>Maps <c>/api/audit</c>.</summary>
    public static RouteGroupBuilder MapAuditEndpoints(this IEndpointRouteBuilder routes)
    {
        var audit = routes.MapGroup("/api/audit").WithTags("Logg over innsyn").RequireAuthorization(Policies.ReadAudit);
        audit.MapGet("/", ListAsync).WithSummary("Audit rows, newest first: a case's (leader) or anyone's (administrator)");
        audit.MapGet("/export", ExportAsync).WithSummary("The same rows as CSV");
        return audit;
    }

    private static async Task<Results<Ok<List<AuditEntryView>>, ValidationProblem, NotFound>> ListAsync(
        string? caseId, string? user, bool? breakGlass, ClaimsPrincipal principal, CaseAccessGate gate, IAuditLog log, CancellationToken cancellationToken) =>
        await RowsAsync(caseId, user, breakGlass, principal, gate, log, cancellationToken) switch
        {
            { Rows: { } rows } => TypedResults.Ok(rows.Select(AuditEntryView.Of).ToList()),
            { Errors: { } errors } => TypedResults.ValidationProblem(errors),
            _ => TypedResults.NotFound(),
        };

    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> ExportAsync(
        string? caseId, string? user, bool? breakGlass, ClaimsPrincipal principal, CaseAccessGate gate, IAuditLog log, CancellationToken cancellationToken) =>
        await RowsAsync(caseId, user, breakGlass, principal, gate, log, cancellationToken) switch
        {
            { Rows: { } rows } => TypedResults.File(AuditCsv.Bytes(AuditCsv.Write(rows)), "text/csv; charset=utf-8", "logg-over-innsyn.csv"),
            { Errors: { } errors } => TypedResults.ValidationProblem(errors),
            _ => TypedResults.NotFound(),
        };

    private static async Task<AuditRows> RowsAsync(
        string? caseId, string? user, bool? breakGlass, ClaimsPrincipal principal, CaseAccessGate gate, IAuditLog log, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(principal);
        if (!actor.IsAdmin)
        {
            if (string.IsNullOrWhiteSpace(caseId))
            {
                return new AuditRows(null, new Dictionary<string, string[]> { ["caseId"] = ["Velg saken du vil se loggen for."] });
            }

            if (await gate.FindVisibleAsync(caseId, actor, cancellationToken) is null)
            {
                return new AuditRows(null, null);
            }
        }

        AuditedRequest.Touched(string.IsNullOrWhiteSpace(caseId) ? null : caseId);
        var query = new AuditQuery { CaseId = string.IsNullOrWhiteSpace(caseId) ? null : caseId, User = string.IsNullOrWhiteSpace(user) ? null : user, BreakGlass = breakGlass };
        return new AuditRows(await log.ListAsync(query, cancellationToken), null);
    }

    private sealed record AuditRows(IReadOnlyList<AuditEntry>? Rows, Dictionary<string, string[]>? Errors);
}
