using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>
/// Every error answer is a ProblemDetails body as <c>application/problem+json</c>, whatever produced it: validation,
/// authentication, authorisation, a missing route or resource, a conflict, a reused idempotency key, the sign-in throttle.
/// </summary>
public sealed class ProblemAnswerTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartInstance_EmptyBody_Answers400AsProblemJson()
    {
        var client = await fixture.Host.ClientForAsync("ola.saksbehandler");

        var response = await client.PostAsJsonAsync("/api/instances", new { }, Ct);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task MyTasks_NoToken_Answers401AsProblemJson()
    {
        var response = await fixture.Host.CreateClient().GetAsync("/api/tasks/mine", Ct);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CreateDefinition_AsCaseworker_Answers403AsProblemJson()
    {
        var client = await fixture.Host.ClientForAsync("ola.saksbehandler");

        var response = await client.PostAsJsonAsync("/api/definitions", new { definitionId = "ikke-tillatt" }, Ct);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/api/definitions/finnes-ikke")]
    [InlineData("/api/finnes-ikke")]
    [InlineData("/elsa/api/finnes-ikke")]
    [InlineData("/elsa/api/workflow-definitions/by-definition-id/finnes-ikke?versionOptions=Latest")]
    [InlineData("/designer/finnes-ikke/side")]
    public async Task Get_UnknownRouteOrResource_Answers404AsProblemJson(string path)
    {
        var client = await fixture.Host.ClientForAsync("kari.prosesseier");

        var response = await client.GetAsync(path, Ct);

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateDefinition_ExistingId_Answers409AsProblemJson()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var seeded = await owner.GetStringAsync("/api/definitions/p1-en-dor-inn", Ct);

        var response = await owner.PostAsync("/api/definitions", new StringContent(seeded, Encoding.UTF8, "application/json"), Ct);

        var problem = await AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("p1-en-dor-inn", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendSignal_KeyReusedForAnotherEvent_Answers422AsProblemJson()
    {
        var client = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var key = Guid.NewGuid().ToString("N");
        await SendAsync(client, "HendelseA", key);

        var response = await SendAsync(client, "HendelseB", key);

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task SignIn_RepeatedWrongPasswords_Answers429AsProblemJson()
    {
        var client = fixture.Host.CreateClient();
        var userName = $"ukjent-{Guid.NewGuid():N}";
        HttpResponseMessage response;
        var attempts = 0;
        do
        {
            response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = "feil" }, Ct);
            attempts++;
        }
        while (response.StatusCode == HttpStatusCode.Unauthorized && attempts < 10);

        await AssertProblemAsync(response, HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task ListDefinitions_StoreFailsUnexpectedly_Answers500AsProblemJsonWithoutDetails()
    {
        var store = new Mock<IWorkflowDefinitionStore>();
        store.Setup(s => s.ListAsync(It.IsAny<DefinitionQuery>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("database on fire"));
        await using var host = fixture.Host.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddScoped(_ => store.Object)));
        var client = host.CreateClient();
        var signIn = await client.PostAsJsonAsync("/api/auth/token", new { userName = "kari.prosesseier", password = "demo" }, Ct);
        var token = (await signIn.Content.ReadFromJsonAsync<JsonObject>(Ct))!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await client.GetAsync("/api/definitions", Ct);

        var problem = await AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("database on fire", problem.ToJsonString(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string eventName, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/signals/{eventName}") { Content = JsonContent.Create(new { correlationId = "sak-422" }) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, Ct);
    }

    private static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {response.StatusCode}: {body}");
        Assert.Equal(new MediaTypeHeaderValue("application/problem+json").MediaType, response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!.AsObject();
        Assert.Equal((int)expected, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()), body);
        return problem;
    }
}
