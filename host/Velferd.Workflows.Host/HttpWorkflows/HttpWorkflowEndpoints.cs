using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Activities.Http;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Host.Access;

namespace Velferd.Workflows.Host.HttpWorkflows;

/// <summary>
/// Elsa's HTTP workflows: a request to <c>/workflows/{path}</c> starts every published pathway whose flow begins at an
/// <c>Elsa.HttpEndpoint</c> that takes the path and method, with the request as input, and is answered with what the
/// first of them wrote with <c>Elsa.WriteHttpResponse</c> before it first waited or ended (as Elsa holds the response
/// until then). Without a written response the answer is an empty 200, as in Elsa; a pathway that fails first gives a
/// 500. The caller must be signed in unless the endpoint says otherwise (unlike Elsa, where it is the reverse).
/// </summary>
public static class HttpWorkflowEndpoints
{
    /// <summary>Where HTTP workflows are served, as in Elsa.</summary>
    public const string Prefix = "/workflows";

    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete, HttpMethods.Head];

    // Credentials stay out of the instance, where process owners and the journal would see them.
    private static readonly HashSet<string> HiddenHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", "X-Api-Key", "Idempotency-Key",
    };

    /// <summary>Maps <c>/workflows/{**path}</c> for the methods an endpoint can take.</summary>
    public static IEndpointRouteBuilder MapHttpWorkflowEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapMethods($"{Prefix}/{{**path}}", Methods, HandleAsync)
            .AllowAnonymous()
            .WithTags("HTTP-forløp")
            .WithSummary("Start the published pathways whose HTTP endpoint (Elsa.HttpEndpoint) takes this path and method, and answer with the response they write")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status405MethodNotAllowed);
        return routes;
    }

    private static async Task<IResult> HandleAsync(
        string? path,
        HttpContext context,
        HttpWorkflowRoutes routes,
        WorkflowEngine engine,
        HttpWorkflowResponses responses,
        IAuthorizationPolicyProvider policies,
        IAuthorizationService authorization,
        CancellationToken cancellationToken)
    {
        var method = context.Request.Method.ToUpperInvariant();
        var onPath = await routes.FindAsync(path ?? "", cancellationToken);
        // HEAD is GET without a body, as everywhere in HTTP.
        var matches = onPath.Where(r => r.Binding.Methods.Contains(method) || (method == HttpMethods.Head && r.Binding.Methods.Contains(HttpMethods.Get))).ToList();
        if (matches.Count == 0)
        {
            return onPath.Count == 0 ? NotFound() : MethodNotAllowed(context, onPath);
        }

        foreach (var route in matches)
        {
            if (await RefusalAsync(route.Binding, context.User, policies, authorization) is { } refusal)
            {
                return refusal;
            }
        }

        var (body, bodyError) = await HttpWorkflowBodies.ReadAsync(context.Request, cancellationToken);
        if (bodyError is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [bodyError] });
        }

        var idempotencyKey = context.Request.Headers["Idempotency-Key"].ToString();
        if (idempotencyKey.Length > IdempotencyKeys.MaxLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Idempotency-Key"] = ["The idempotency key can be at most 200 characters long."] });
        }

        // A key is the signed-in caller's: an anonymous caller's would be anyone's, so it is not used.
        var user = context.User.FindFirstValue("sub");
        var started = new List<string>();
        foreach (var route in matches)
        {
            var input = new Dictionary<string, JsonNode?> { [HttpEndpoint.InputName] = RequestInput(context, method, path, route, body) };
            var key = user is null || idempotencyKey.Length == 0 ? null : $"http/{user}/{idempotencyKey}/{route.DefinitionId}";
            var result = await engine.StartAsync(new StartRequest(route.DefinitionId, input, IdempotencyKey: key, RefuseChangedRepeat: key is not null), cancellationToken);
            if (result.Problem == StartProblem.IdempotencyKeyReused)
            {
                return TypedResults.Problem(IdempotencyKeys.Reused());
            }

            if (result.InstanceId is { } instanceId)
            {
                started.Add(instanceId);
            }
        }

        return started.Count == 0 ? NotFound() : await responses.AnswerAsync(started[0], context, cancellationToken);
    }

    private static async Task<IResult?> RefusalAsync(
        HttpEndpointBinding binding, ClaimsPrincipal user, IAuthorizationPolicyProvider policies, IAuthorizationService authorization)
    {
        if (!binding.Authorize)
        {
            return null;
        }

        if (user.Identity?.IsAuthenticated != true)
        {
            return TypedResults.Challenge();
        }

        if (binding.Policy is null)
        {
            return null;
        }

        // A policy the host does not know admits nobody: a typing error must not open the endpoint.
        var policy = await policies.GetPolicyAsync(binding.Policy);
        return policy is not null && (await authorization.AuthorizeAsync(user, policy)).Succeeded ? null : TypedResults.Forbid();
    }

    private static JsonObject RequestInput(HttpContext context, string method, string? path, HttpWorkflowRoute route, JsonNode? body)
    {
        var headers = new JsonObject();
        foreach (var (name, values) in context.Request.Headers.Where(h => !HiddenHeaders.Contains(h.Key)))
        {
            headers[name] = values.ToString();
        }

        var query = new JsonObject();
        foreach (var (name, values) in context.Request.Query)
        {
            query[name] = values.ToString();
        }

        return new JsonObject
        {
            [HttpWorkflowRequest.Method] = method,
            [HttpWorkflowRequest.Path] = HttpEndpointBinding.Normalize(path ?? ""),
            [HttpWorkflowRequest.ActivityId] = route.Binding.ActivityId,
            [HttpWorkflowRequest.RouteData] = new JsonObject(route.RouteValues.Select(v => KeyValuePair.Create(v.Key, (JsonNode?)v.Value))),
            [HttpWorkflowRequest.Query] = query,
            [HttpWorkflowRequest.Headers] = headers,
            [HttpWorkflowRequest.Body] = body,
        };
    }

    // The path is not repeated: it may hold a fødselsnummer.
    private static ProblemHttpResult NotFound() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Ingen arbeidsflyt på denne adressen",
        detail: "Ingen publisert arbeidsflyt har et HTTP-endepunkt med denne stien.");

    private static ProblemHttpResult MethodNotAllowed(HttpContext context, IReadOnlyList<HttpWorkflowRoute> onPath)
    {
        context.Response.Headers.Allow = string.Join(", ", onPath.SelectMany(r => r.Binding.Methods).Distinct().Order(StringComparer.Ordinal));
        return TypedResults.Problem(
            statusCode: StatusCodes.Status405MethodNotAllowed,
            title: "Metoden tas ikke imot",
            detail: $"Arbeidsflyten på denne adressen tar imot {context.Response.Headers.Allow}.");
    }
}
