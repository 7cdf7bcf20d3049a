using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Host.Access;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>
/// The endpoint × role matrix (issue 17): every route the host maps has a rule in <see cref="RouteRules"/> that agrees
/// with its authorization metadata, and each demo user (and an anonymous caller) gets the answer class the rules
/// give on representative calls: 401 without a token, 403 without the role, 404 for case data the access decision
/// hides, 2xx otherwise.
/// </summary>
public sealed class RouteRulesTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryMappedRoute_HasADeclaredRule_ThatMatchesItsAuthorization()
    {
        _ = fixture.Host.CreateClient();
        var policies = fixture.Host.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var endpoints = fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var problems = new List<string>();
        var mapped = new HashSet<string>(StringComparer.Ordinal);

        foreach (var endpoint in endpoints)
        {
            var (methods, pattern) = (MethodsOf(endpoint), endpoint.RoutePattern.RawText ?? "");
            mapped.Add($"{methods} {pattern}");
            var rule = RouteRules.Find(methods, pattern);
            var mappedAudience = await AudienceOfAsync(endpoint, policies);
            if (rule is null)
            {
                problems.Add($"{methods} {pattern}: no rule in RouteRules (it is mapped as {mappedAudience})");
            }
            else if (DeclaredAudience(rule) != mappedAudience)
            {
                problems.Add($"{methods} {pattern}: RouteRules says {DeclaredAudience(rule)}, the route is mapped as {mappedAudience}");
            }
        }

        problems.AddRange(RouteRules.DeclaredRoutes.Where(route => !mapped.Contains(route)).Select(route => $"{route}: a rule for a route that is not mapped"));
        Assert.True(endpoints.Count > 100, $"Only {endpoints.Count} routes were found.");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Find_RouteNobodyDeclared_HasNoRule()
    {
        Assert.Null(RouteRules.Find("GET", "/api/ny-rute-uten-regel"));
        Assert.Null(RouteRules.Find("POST", "/api/instances/{instanceId}"));
        Assert.NotNull(RouteRules.Find("GET", "/api/instances/{instanceId}"));
    }

    [Fact]
    public async Task RepresentativeCalls_EachDemoUserAndAnonymous_GetTheAnswerClassTheRulesGive()
    {
        var anonymous = fixture.Host.CreateClient();
        var users = (await anonymous.GetFromJsonAsync<List<DemoUser>>("/api/users", Ct))!;
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var started = await ola.PostAsJsonAsync("/api/instances", new { definitionId = "p2-tidlig-innsatsteam" }, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var titInstance = (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
        await fixture.Host.WaitUntilIdleAsync(Idle);
        Call[] calls =
        [
            new("GET /api/users", "/api/users", Sees.Everything),
            new("GET /api/definitions/", "/api/definitions", Sees.Everything),
            new("GET /api/policy/", "/api/policy", Sees.Everything),
            new("GET /api/notifications/", "/api/notifications", Sees.Everything),
            new("GET /api/dev/clock/", "/api/dev/clock", Sees.Everything),
            new("GET /api/instances/{instanceId}", $"/api/instances/{titInstance}", Sees.TitInstance),
            new("GET /elsa/api/workflow-instances/{id}/variables", $"/elsa/api/workflow-instances/{titInstance}/variables", Sees.TitInstance),
            new("GET /elsa/api/workflow-instances/{id}/export", $"/elsa/api/workflow-instances/{titInstance}/export", Sees.TitInstance),
            new("GET /api/deadlines/overview", "/api/deadlines/overview", Sees.Everything),
            new("GET /api/tasks/mine", "/api/tasks/mine", Sees.Everything),
            new("GET /api/cases/{caseId}", "/api/cases/sak-som-ikke-finnes", Sees.Nothing),
            new("GET /api/outbox/incidents/", "/api/outbox/incidents", Sees.Everything),
            new("GET /simulator/control/effects", "/simulator/control/effects", Sees.Everything),
        ];
        var mismatches = new List<string>();

        foreach (var user in users.Prepend(null))
        {
            var client = user is null ? anonymous : await fixture.Host.ClientForAsync(user.UserName);
            foreach (var call in calls)
            {
                var (methods, pattern) = (call.Route[..call.Route.IndexOf(' ', StringComparison.Ordinal)], call.Route[(call.Route.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
                var rule = RouteRules.Find(methods, pattern) ?? throw new InvalidOperationException($"{call.Route} has no rule.");
                var expected = Expected(rule, user, call.Sees);
                var actual = ClassOf((await client.GetAsync(call.Path, Ct)).StatusCode);
                if (expected != actual)
                {
                    mismatches.Add($"{user?.UserName ?? "anonymous"} {call.Route}: expected {expected} ({rule}), got {actual}");
                }
            }
        }

        Assert.True(users.Count >= 10, $"Only {users.Count} demo users.");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static string Expected(RouteRule rule, DemoUser? user, Sees sees)
    {
        if (!rule.Admits(user?.Roles))
        {
            return user is null ? "401" : "403";
        }

        var seesIt = sees switch
        {
            Sees.Everything => true,
            Sees.TitInstance => user is not null && (user.Teams.Contains("tit-sentrum") || user.Roles.Contains("ProcessOwner") || user.Roles.Contains("Admin")),
            _ => false,
        };
        return rule.CaseData && !seesIt ? "404" : "2xx";
    }

    private static string ClassOf(HttpStatusCode status) => (int)status is >= 200 and < 300 ? "2xx" : ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string MethodsOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is { } methods ? string.Join("|", methods.HttpMethods) : "*";

    private static string DeclaredAudience(RouteRule rule) => rule.Audience == RouteAudience.Roles
        ? $"Roles({string.Join(", ", rule.Roles.Order(StringComparer.Ordinal))})"
        : rule.Audience.ToString();

    /// <summary>What the route's authorization metadata admits: anyone, any signed-in user, or the roles every policy on it allows.</summary>
    private static async Task<string> AudienceOfAsync(RouteEndpoint endpoint, IAuthorizationPolicyProvider policies)
    {
        var policy = await AuthorizationPolicy.CombineAsync(
            policies, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || policy is null)
        {
            return nameof(RouteAudience.Anyone);
        }

        var roleSets = policy.Requirements.OfType<RolesAuthorizationRequirement>().Select(r => r.AllowedRoles.ToHashSet(StringComparer.Ordinal)).ToList();
        return roleSets.Count == 0
            ? nameof(RouteAudience.SignedIn)
            : $"Roles({string.Join(", ", roleSets.Aggregate((a, b) => [.. a.Intersect(b, StringComparer.Ordinal)]).Order(StringComparer.Ordinal))})";
    }

    private enum Sees
    {
        Everything,
        TitInstance,
        Nothing,
    }

    private sealed record Call(string Route, string Path, Sees Sees);

    private sealed record DemoUser(string UserName, IReadOnlyList<string> Roles, IReadOnlyList<string> Teams);
}
