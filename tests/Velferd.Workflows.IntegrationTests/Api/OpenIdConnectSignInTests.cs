using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Velferd.Workflows.IntegrationTests.Hosting;
using Velferd.Workflows.Testing.Databases;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>
/// Production sign-in (<c>Auth:OpenIdConnect</c>): the host in the Production environment accepts the identity
/// provider's tokens, checked against the key set the provider (a test server on loopback) publishes, and gives them
/// the principal a demo token has (user, roles, teams, services), so access and audit work the same; an expired token,
/// one for another audience, one without the API's scope, one signed by another key or living too long is 401; the
/// demo users and password sign-in do not exist there (404).
/// </summary>
public sealed class OpenIdConnectSignInTests
{
    private const string Audience = "velferd-api";
    private const string Scope = "velferd:api";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProviderToken_InProduction_IsTheSamePrincipalAsADemoToken_BadTokens401_DemoSignIn404()
    {
        await using var idp = await TestIdentityProvider.StartAsync(Ct);
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = ProductionHost(database, idp, []);
        var ola = Client(host, idp.Issue(Claims("ola@kommune.no", ["Caseworker"], ["tit-sentrum"], ["tit"]), Audience));
        var siri = Client(host, idp.Issue(Claims("siri@kommune.no", ["Caseworker"], ["bv-vest"], ["barnevern"]), Audience));
        var admin = Client(host, idp.Issue(Claims("admin@kommune.no", ["Admin"], [], []), Audience));

        var started = await ola.PostAsJsonAsync("/api/instances", new { definitionId = "p2-tidlig-innsatsteam", input = new { saksId = "sak-oidc" } }, Ct);
        var instance = (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var id = instance["id"]!.GetValue<string>();
        var ownTeam = await ola.GetAsync($"/api/instances/{id}", Ct);
        var otherTeam = await siri.GetAsync($"/api/instances/{id}", Ct);
        var policy = await ola.GetAsync("/api/policy/versions", Ct);
        var importAsCaseworker = await ola.PostAsJsonAsync("/api/definitions/import", new JsonObject(), Ct);
        var audit = (await admin.GetFromJsonAsync<JsonArray>("/api/audit?user=ola@kommune.no", Ct))!;

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal("tit-sentrum", instance["team"]!.GetValue<string>());
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (ownTeam.StatusCode, otherTeam.StatusCode));
        Assert.Equal(HttpStatusCode.OK, policy.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, importAsCaseworker.StatusCode);
        var row = Assert.Single(audit, r => r!["route"]!.GetValue<string>() == "GET /api/instances/{instanceId}");
        Assert.Equal(("ola@kommune.no", "Caseworker", "tit"), (row!["user"]!.GetValue<string>(), row["role"]!.GetValue<string>(), row["service"]!.GetValue<string>()));

        var now = TimeProvider.System.GetUtcNow();
        var refused = new Dictionary<string, string>
        {
            ["expired"] = idp.Issue(Claims("ola@kommune.no", ["Caseworker"], ["tit-sentrum"], []), Audience, now.AddMinutes(-30), TimeSpan.FromMinutes(10)),
            ["another audience"] = idp.Issue(Claims("ola@kommune.no", ["Caseworker"], ["tit-sentrum"], []), "another-api"),
            ["without the scope"] = idp.Issue(Claims("ola@kommune.no", ["Caseworker"], ["tit-sentrum"], [], scope: "openid profile"), Audience),
            ["another key"] = idp.Issue(Claims("ola@kommune.no", ["Caseworker"], ["tit-sentrum"], []), Audience, signedByAnotherKey: true),
            ["living a day"] = idp.Issue(Claims("ola@kommune.no", ["Caseworker"], ["tit-sentrum"], []), Audience, lifetime: TimeSpan.FromDays(1)),
            ["no user"] = idp.Issue(new Dictionary<string, object> { ["role"] = new List<string> { "Admin" }, ["scope"] = Scope }, Audience),
        };
        foreach (var (why, token) in refused)
        {
            Assert.Equal((why, HttpStatusCode.Unauthorized), (why, (await Client(host, token).GetAsync("/api/tasks/mine", Ct)).StatusCode));
        }

        var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "ola.saksbehandler", password = "demo" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/auth/demo-users", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ola.GetAsync("/api/users", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/tasks/mine", Ct)).StatusCode);
    }

    [Fact]
    public async Task EntraIdToken_RolesClaimAndRoleMap_GiveTheHostsRoles_PreferredUsernameIsTheUser()
    {
        await using var idp = await TestIdentityProvider.StartAsync(Ct);
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = ProductionHost(database, idp, new()
        {
            ["Auth:OpenIdConnect:Provider"] = "EntraId",
            ["Auth:OpenIdConnect:RoleMap:Velferd.Leder"] = "Supervisor",
            ["Auth:OpenIdConnect:RoleMap:Velferd.Admin"] = "Admin",
        });
        var claims = new Dictionary<string, object>
        {
            ["oid"] = Guid.NewGuid().ToString(),
            ["preferred_username"] = "lise@kommune.no",
            ["roles"] = new List<string> { "Velferd.Leder" },
            ["team"] = new List<string> { "tit-sentrum" },
            ["scp"] = Scope,
        };
        var lise = Client(host, idp.Issue(claims, Audience));
        var admin = Client(host, idp.Issue(new Dictionary<string, object> { ["preferred_username"] = "admin@kommune.no", ["roles"] = new List<string> { "Velferd.Admin" }, ["scp"] = Scope }, Audience));

        var teamTasks = await lise.GetAsync("/api/tasks/team/tit-sentrum", Ct);
        var outbox = await lise.GetAsync("/api/outbox/incidents", Ct);
        var audit = (await admin.GetFromJsonAsync<JsonArray>("/api/audit?user=lise@kommune.no", Ct))!;

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (teamTasks.StatusCode, outbox.StatusCode));
        var row = Assert.Single(audit);
        Assert.Equal(("lise@kommune.no", "Supervisor"), (row!["user"]!.GetValue<string>(), row["role"]!.GetValue<string>()));
        Assert.True(idp.KeySetReads >= 1);
    }

    [Fact]
    public async Task Reassign_UnderTheIdentityProvider_GoesToAUserTheHostHasSeenInTheTeam_NeverToAStranger()
    {
        await using var idp = await TestIdentityProvider.StartAsync(Ct);
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = ProductionHost(database, idp, []);
        var ola = Client(host, idp.Issue(Claims("ola@kommune.no", ["Caseworker"], ["tit-sentrum"], ["tit"]), Audience));
        var leader = Client(host, idp.Issue(Claims("leder@kommune.no", ["Supervisor"], ["tit-sentrum"], ["tit"]), Audience));
        var started = await ola.PostAsJsonAsync("/api/instances", new { definitionId = "p2-tidlig-innsatsteam", input = new { saksId = "sak-oidc-omfordel" } }, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        await BackgroundWork.WaitUntilIdleAsync(host);
        var task = (await leader.GetFromJsonAsync<JsonObject>("/api/tasks/team/tit-sentrum", Ct))!["items"]!.AsArray()[0]!;
        var taskId = task["id"]!.GetValue<string>();
        string[] roles = task["candidateRole"]?.GetValue<string>() is { } role ? ["Caseworker", role] : ["Caseworker"];
        var kari = Client(host, idp.Issue(Claims("kari@kommune.no", roles, ["tit-sentrum"], ["tit"]), Audience));
        var siri = Client(host, idp.Issue(Claims("siri@kommune.no", roles, ["bv-vest"], ["barnevern"]), Audience));

        var beforeKariSignedIn = await leader.PostAsJsonAsync($"/api/tasks/{taskId}/reassign", new { userId = "kari@kommune.no" }, Ct);
        Assert.Equal(HttpStatusCode.OK, (await kari.GetAsync("/api/tasks/mine", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await siri.GetAsync("/api/tasks/mine", Ct)).StatusCode);
        var toAnotherTeam = await leader.PostAsJsonAsync($"/api/tasks/{taskId}/reassign", new { userId = "siri@kommune.no" }, Ct);
        var toKari = await leader.PostAsJsonAsync($"/api/tasks/{taskId}/reassign", new { userId = "kari@kommune.no" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, beforeKariSignedIn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, toAnotherTeam.StatusCode);
        Assert.Equal(HttpStatusCode.OK, toKari.StatusCode);
        Assert.Equal("kari@kommune.no", (await toKari.Content.ReadFromJsonAsync<JsonObject>(Ct))!["assignedTo"]!.GetValue<string>());
        Assert.Contains((await kari.GetFromJsonAsync<JsonObject>("/api/tasks/mine", Ct))!["items"]!.AsArray(), t => t!["id"]!.GetValue<string>() == taskId);
    }

    private static Dictionary<string, object> Claims(string user, string[] roles, string[] teams, string[] services, string scope = "openid " + Scope) => new()
    {
        ["sub"] = user,
        ["name"] = user,
        ["role"] = roles.ToList(),
        ["team"] = teams.ToList(),
        ["service"] = services.ToList(),
        ["scope"] = scope,
    };

    private static WebApplicationFactory<Program> ProductionHost(TestDatabase database, TestIdentityProvider idp, Dictionary<string, string> more)
    {
        var settings = new Dictionary<string, string>
        {
            ["Auth:OpenIdConnect:Authority"] = idp.Authority,
            ["Auth:OpenIdConnect:Audience"] = Audience,
            ["Auth:OpenIdConnect:RequiredScope"] = Scope,
            ["Auth:OpenIdConnect:RequireHttpsMetadata"] = "false",
            ["Auth:OpenIdConnect:MaxTokenLifetime"] = "01:00:00",

            // Production has no simulator: the services a case would call need addresses (nothing here calls them).
            ["Services:DigitalPost:BaseUrl"] = "http://127.0.0.1:9/digitalpost",
            ["Services:FiksIo:BaseUrl"] = "http://127.0.0.1:9/fiksio",
            ["Services:Arkiv:BaseUrl"] = "http://127.0.0.1:9/arkiv",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return new WorkflowHostFactory(database, settings: settings).WithWebHostBuilder(b => b.UseEnvironment("Production"));
    }

    private static HttpClient Client(WebApplicationFactory<Program> host, string token)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
