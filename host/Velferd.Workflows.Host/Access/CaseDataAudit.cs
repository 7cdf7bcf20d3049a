using System.Security.Claims;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Welfare.Audit;

namespace Velferd.Workflows.Host.Access;

/// <summary>
/// Audits every answered request to a route whose rule says it touches case data: one row per request, with
/// the user, roles, services, the case and person the access decision let him into, the action, the purpose (the
/// <c>X-Purpose</c> header, else the route's default) and the break-glass flag. A write's row goes into the write's
/// own save (<c>AuditSaveInterceptor</c>); a read's row goes in the same round trip as the read's query once the endpoint
/// has decided to answer (<see cref="AuditedRequest.Allowed"/>, <c>AuditedReadInterceptor</c>); any other row (a read
/// that was not marked, a write that saved nothing through EF) is written as the answer starts, before any of it is
/// sent. Either way a row that cannot be written fails the answer instead of being lost.
/// Requests that are refused (401, 403, 404) or invalid (400) read and store nothing and get no row.
/// </summary>
public static class CaseDataAudit
{
    /// <summary>The request header that names a read's purpose.</summary>
    public const string PurposeHeader = "X-Purpose";

    private const int MaxPurposeLength = 200;

    /// <summary>Audits the case-data routes; after authentication, so the user is known.</summary>
    public static IApplicationBuilder UseCaseDataAudit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated != true || context.GetEndpoint() is not RouteEndpoint endpoint
            || RouteRules.Find(endpoint) is not { CaseData: true } rule)
        {
            await next(context);
            return;
        }

        var request = Begin(context, endpoint, rule);
        context.Response.OnStarting(() => WriteReadRowAsync(context, request, endpoint));
        await next(context);
    });

    /// <summary>The action a request's row names when the answer, not a save, writes it.</summary>
    public static string ActionOf(string method, string pattern, int status, bool namesAnItem)
    {
        if (pattern.Contains("export", StringComparison.OrdinalIgnoreCase) || pattern.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return AuditActions.Export;
        }

        // A dry run reads what a change would do to several cases and changes nothing.
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || pattern.EndsWith("/dry-run", StringComparison.Ordinal))
        {
            return namesAnItem && !pattern.EndsWith("/dry-run", StringComparison.Ordinal) ? AuditActions.Read : AuditActions.Search;
        }

        return status == StatusCodes.Status201Created ? AuditActions.Create : AuditActions.Update;
    }

    private static AuditedRequest Begin(HttpContext context, RouteEndpoint endpoint, RouteRule rule)
    {
        var user = context.User;
        var purpose = context.Request.Headers[PurposeHeader].ToString().Trim();
        var isWrite = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method);
        var request = new AuditedRequest
        {
            At = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(),
            User = user.FindFirstValue("sub") ?? "",
            Role = string.Join(',', user.FindAll("role").Select(c => c.Value).Order(StringComparer.Ordinal)),
            Service = string.Join(',', user.FindAll("service").Select(c => c.Value).Order(StringComparer.Ordinal)),
            Purpose = purpose.Length == 0 ? rule.Purpose : purpose[..Math.Min(purpose.Length, MaxPurposeLength)],
            Route = RouteRules.KeyOf(endpoint),
            IsWrite = isWrite,

            // A read's action does not depend on its answer's status (only a write's does), so the row can be written
            // with the read's own query once the endpoint has decided to answer (AuditedRequest.Allowed).
            ReadAction = isWrite || !context.RequestServices.GetRequiredService<IAuditLog>().WritesReadRowsWithTheRead
                ? null
                : ActionOf(context.Request.Method, endpoint.RoutePattern.RawText ?? "", StatusCodes.Status200OK, NamesAnItem(endpoint)),
        };
        AuditedRequest.Begin(request);
        AuditedRequest.Touched(context.Request.RouteValues.TryGetValue("caseId", out var caseId) ? caseId as string : null);
        return request;
    }

    // A fresh scope's context: the request's own may still be reading (a streamed export) when the answer starts.
    private static async Task WriteReadRowAsync(HttpContext context, AuditedRequest request, RouteEndpoint endpoint)
    {
        if (context.Response.StatusCode is < 200 or >= 300 || !request.TryClaimRow())
        {
            return;
        }

        var action = ActionOf(context.Request.Method, endpoint.RoutePattern.RawText ?? "", context.Response.StatusCode, NamesAnItem(endpoint));
        try
        {
            await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().AppendAsync(AuditEntry.Of(request, action), context.RequestAborted);
        }
        catch
        {
            request.ReleaseRow();
            throw;
        }
    }

    // A route with an id parameter reads one item; one without (or only a team) lists or searches.
    private static bool NamesAnItem(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.Parameters.Any(p => p.Name.Equals("id", StringComparison.OrdinalIgnoreCase) || p.Name.EndsWith("Id", StringComparison.Ordinal));
}
