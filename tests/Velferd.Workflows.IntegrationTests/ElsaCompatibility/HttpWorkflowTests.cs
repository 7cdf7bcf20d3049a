using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.ElsaCompatibility;

/// <summary>
/// HTTP workflows (<c>Elsa.HttpEndpoint</c>, <c>Elsa.WriteHttpResponse</c>) beyond the compatibility suite's cases: who may
/// start one, what a refused or malformed request leaves behind (nothing), and what of the request reaches the instance.
/// </summary>
public abstract class HttpWorkflowTests(HostFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Text(string value, string type = "Literal") =>
        new() { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = type, ["value"] = value } };

    // Endpoint → answer; the answer's status and content are the test's, the endpoint's inputs too.
    private static JsonObject Pathway(string definitionId, string path, JsonObject? endpointInputs = null, string status = "OK", string content = "'ok'")
    {
        var endpoint = new JsonObject { ["id"] = "endpoint", ["type"] = "Elsa.HttpEndpoint", ["version"] = 1, ["path"] = Text(path) };
        foreach (var (name, value) in endpointInputs ?? [])
        {
            endpoint[name] = value?.DeepClone();
        }

        return new JsonObject
        {
            ["definitionId"] = definitionId, ["name"] = definitionId, ["version"] = 1, ["toolVersion"] = "3.8.0.0",
            ["variables"] = new JsonArray(), ["inputs"] = new JsonArray(), ["outputs"] = new JsonArray(), ["outcomes"] = new JsonArray(),
            ["root"] = new JsonObject
            {
                ["id"] = "root", ["type"] = "Elsa.Flowchart", ["version"] = 1,
                ["activities"] = new JsonArray(
                    endpoint,
                    new JsonObject { ["id"] = "svar", ["type"] = "Elsa.WriteHttpResponse", ["version"] = 1, ["statusCode"] = Text(status), ["content"] = Text(content, "JavaScript") }),
                ["connections"] = new JsonArray(new JsonObject
                {
                    ["source"] = new JsonObject { ["activity"] = "endpoint", ["port"] = "Done" },
                    ["target"] = new JsonObject { ["activity"] = "svar", ["port"] = "In" },
                }),
            },
        };
    }

    private async Task PublishAsync(JsonObject definition, bool publish = true)
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var imported = await owner.PostAsync("/elsa/api/workflow-definitions/import", Json(definition), Ct);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        if (publish)
        {
            var published = await owner.PostAsync($"/elsa/api/workflow-definitions/{definition["definitionId"]}/publish", Json(new JsonObject()), Ct);
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }
    }

    private async Task<int> InstancesOfAsync(string definitionId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>();
        return (await store.ListAsync(new InstanceQuery { DefinitionId = definitionId, PageSize = 100 }, Ct)).Items.Count;
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    [Fact]
    public async Task Request_NotSignedIn_Is401AndStartsNothing()
    {
        await PublishAsync(Pathway("http-innlogging", "krever-innlogging"));

        var answer = await fixture.Host.CreateClient().GetAsync("/workflows/krever-innlogging", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Equal(0, await InstancesOfAsync("http-innlogging"));
    }

    [Fact]
    public async Task Request_PolicyTheCallerLacks_Is403_AndOneWhoHasItIsAnswered()
    {
        await PublishAsync(Pathway("http-regel", "bare-prosesseiere", new JsonObject { ["policy"] = Text("EditDefinitions") }));
        var caseworker = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");

        var refused = await caseworker.GetAsync("/workflows/bare-prosesseiere", Ct);
        var answered = await owner.GetAsync("/workflows/bare-prosesseiere", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("ok", await answered.Content.ReadAsStringAsync(Ct));
        Assert.Equal(1, await InstancesOfAsync("http-regel"));
    }

    [Fact]
    public async Task Request_PolicyTheHostDoesNotKnow_IsRefusedForEveryone()
    {
        await PublishAsync(Pathway("http-ukjent-regel", "skrivefeil", new JsonObject { ["policy"] = Text("EditDefinitons") }));
        var admin = await fixture.Host.ClientForAsync("admin");

        var answer = await admin.GetAsync("/workflows/skrivefeil", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal(0, await InstancesOfAsync("http-ukjent-regel"));
    }

    [Fact]
    public async Task Request_UnknownPath_Is404_AndAnotherMethod_Is405NamingTheAllowedOnes()
    {
        await PublishAsync(Pathway("http-metode", "bare-post", new JsonObject
        {
            ["supportedMethods"] = new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = "[\"POST\",\"PUT\"]" } },
        }));
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");

        var unknown = await owner.GetAsync("/workflows/finnes-ikke/12345678901", Ct);
        var wrongMethod = await owner.GetAsync("/workflows/bare-post", Ct);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("12345678901", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.Equal(["POST", "PUT"], wrongMethod.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.Equal(0, await InstancesOfAsync("http-metode"));
    }

    [Fact]
    public async Task Request_DraftPathway_IsNotReached()
    {
        await PublishAsync(Pathway("http-utkast", "utkast"), publish: false);
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");

        var answer = await owner.GetAsync("/workflows/utkast", Ct);

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }

    [Fact]
    public async Task Request_BodyThatIsNotJson_Is400OnTheBodyAndStartsNothing()
    {
        await PublishAsync(Pathway("http-json", "json-inn", new JsonObject
        {
            ["supportedMethods"] = new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "[\"POST\"]" } },
        }));
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");

        var answer = await owner.PostAsync("/workflows/json-inn", new StringContent("{ \"navn\": ", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var errors = (await answer.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject();
        Assert.Equal("Innholdet er ikke gyldig JSON.", Assert.Single(errors["body"]!.AsArray())!.GetValue<string>());
        Assert.Equal(0, await InstancesOfAsync("http-json"));
    }

    [Fact]
    public async Task Request_Credentials_NeverReachTheInstance_ButOtherHeadersAndTheRouteDo()
    {
        await PublishAsync(Pathway("http-hoder", "saker/{saksnummer}", content: "getOutputFrom('endpoint', 'RouteData').saksnummer + ' ' + getOutputFrom('endpoint', 'Headers')['X-Kilde']"));
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/workflows/saker/S-42");
        request.Headers.Add("X-Kilde", "skjema");
        request.Headers.Add("Cookie", "velferd.studio=hemmelig");

        var answer = await owner.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("S-42 skjema", await answer.Content.ReadAsStringAsync(Ct));
        var instance = await BackgroundWork.FindAsync(fixture.Host, Assert.Single(answer.Headers.GetValues("x-elsa-workflow-instance-id")));
        var stored = instance.State.Input["httpRequest"]!.ToJsonString();
        Assert.DoesNotContain(owner.DefaultRequestHeaders.Authorization!.Parameter!, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("hemmelig", stored, StringComparison.Ordinal);
        Assert.Contains("skjema", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_PathwayFailsBeforeAnswering_Is500NamingTheInstance()
    {
        await PublishAsync(Pathway("http-feil", "feiler", status: "999"));
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");

        var answer = await owner.GetAsync("/workflows/feiler", Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        var instance = await BackgroundWork.FindAsync(fixture.Host, Assert.Single(answer.Headers.GetValues("x-elsa-workflow-instance-id")));
        Assert.Equal("Faulted", instance.SubStatus.ToString());
    }

    [Fact]
    public async Task Request_RepeatedWithItsIdempotencyKey_StartsOneInstance_AndAnotherBodyUnderIt_Is422()
    {
        await PublishAsync(Pathway("http-nokkel", "en-gang", new JsonObject
        {
            ["supportedMethods"] = new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "[\"POST\"]" } },
        }));
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");

        async Task<HttpResponseMessage> SendAsync(string body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/workflows/en-gang") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("Idempotency-Key", "skjema-1");
            return await owner.SendAsync(request, Ct);
        }

        var first = await SendAsync("{\"id\":1}");
        var again = await SendAsync("{\"id\":1}");
        var other = await SendAsync("{\"id\":2}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(first.Headers.GetValues("x-elsa-workflow-instance-id"), again.Headers.GetValues("x-elsa-workflow-instance-id"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal(1, await InstancesOfAsync("http-nokkel"));
    }
}

/// <summary>On SQLite.</summary>
public sealed class SqliteHttpWorkflowTests(SqliteHostFixture fixture) : HttpWorkflowTests(fixture), IClassFixture<SqliteHostFixture>;

/// <summary>On PostgreSQL.</summary>
public sealed class PostgreSqlHttpWorkflowTests(PostgreSqlHostFixture fixture) : HttpWorkflowTests(fixture), IClassFixture<PostgreSqlHostFixture>;
