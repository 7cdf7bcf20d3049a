using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Host.RemoteServices;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Databases;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Testing.Host.BackgroundWork;

namespace Velferd.Workflows.IntegrationTests.Services;

/// <summary>
/// The operators' incident API over HTTP: a SvarUt call that fails once becomes an incident (a budget of one
/// attempt), which an administrator lists, sends again or resolves; other users get 403, anonymous callers 401.
/// </summary>
[Collection(ServiceScenarioCollection.Name)]
public sealed class OutboxIncidentApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Incidents_ListedThenRetried_TheCallIsDeliveredAndTheCaseMovesOn()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new IncidentHostFactory(database);
        var simulator = StartAndGetSimulator(host);
        simulator.AddFault(new FaultRule { Service = "svarut", Kind = FaultKind.Down });
        var admin = await host.ClientForAsync("admin");
        var instanceId = await StartAsync(host);
        var incident = await WaitForIncidentAsync(host, admin, instanceId);

        simulator.ClearFaults();
        var retried = await admin.PostAsync($"/api/outbox/incidents/{incident["id"]}/retry", null, Ct);
        await WaitUntilAsync(host, async () => (await FindAsync(host, instanceId)).Status == WorkflowStatus.Finished);
        var listAfter = await admin.GetFromJsonAsync<JsonArray>("/api/outbox/incidents", Ct);
        var retriedAgain = await admin.PostAsync($"/api/outbox/incidents/{incident["id"]}/retry", null, Ct);

        Assert.Equal(("SvarUt", "SendForsendelse", true), (incident["service"]!.GetValue<string>(), incident["operation"]!.GetValue<string>(), incident["waitsForReply"]!.GetValue<bool>()));
        Assert.Contains("503", incident["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(incident["payload"]);
        Assert.Equal(HttpStatusCode.NoContent, retried.StatusCode);
        Assert.DoesNotContain(listAfter!, i => i!["workflowInstanceId"]!.GetValue<string>() == instanceId);
        Assert.Equal(HttpStatusCode.NotFound, retriedAgain.StatusCode);
        Assert.Equal(["Sendt"], (await LogAsync(host, instanceId)).Single(r => r.ActivityId == "shipment" && r.Status == ActivityExecutionStatus.Completed).Outcomes);
        Assert.Equal(1, Assert.Single(simulator.Effects(), e => e.Service == "svarut").Effects);
    }

    [Fact]
    public async Task Incidents_Resolved_NeedsANoteThenTheCaseContinuesOnFeilet()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new IncidentHostFactory(database);
        var simulator = StartAndGetSimulator(host);
        simulator.AddFault(new FaultRule { Service = "svarut", Kind = FaultKind.Down });
        var admin = await host.ClientForAsync("admin");
        var instanceId = await StartAsync(host);
        var id = (await WaitForIncidentAsync(host, admin, instanceId))["id"]!.GetValue<string>();

        var withoutNote = await admin.PostAsJsonAsync($"/api/outbox/incidents/{id}/resolve", new { note = "" }, Ct);
        var resolved = await admin.PostAsJsonAsync($"/api/outbox/incidents/{id}/resolve", new { note = "Sendt på papir manuelt." }, Ct);
        await WaitUntilAsync(host, async () => (await FindAsync(host, instanceId)).Status == WorkflowStatus.Finished);
        var resolvedAgain = await admin.PostAsJsonAsync($"/api/outbox/incidents/{id}/resolve", new { note = "Igjen." }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, withoutNote.StatusCode);
        Assert.Contains("note", await withoutNote.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, resolved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, resolvedAgain.StatusCode);
        Assert.Equal(["Feilet"], (await LogAsync(host, instanceId)).Single(r => r.ActivityId == "shipment" && r.Status == ActivityExecutionStatus.Completed).Outcomes);
        Assert.Empty(simulator.Effects());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("ola.saksbehandler", HttpStatusCode.Forbidden)]
    [InlineData("lise.leder", HttpStatusCode.Forbidden)]
    [InlineData("kari.prosesseier", HttpStatusCode.Forbidden)]
    public async Task Incidents_NotAnAdministrator_IsRefused(string? user, HttpStatusCode expected)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new IncidentHostFactory(database);
        var client = user is null ? host.CreateClient() : await host.ClientForAsync(user);

        var list = await client.GetAsync("/api/outbox/incidents", Ct);
        var retry = await client.PostAsync("/api/outbox/incidents/x/retry", null, Ct);
        var resolve = await client.PostAsJsonAsync("/api/outbox/incidents/x/resolve", new { note = "n" }, Ct);

        Assert.Equal([expected, expected, expected], new[] { list.StatusCode, retry.StatusCode, resolve.StatusCode });
    }

    private static SimulatorState StartAndGetSimulator(IncidentHostFactory host)
    {
        _ = host.Server;
        return host.Services.GetRequiredService<LocalSimulator>().State;
    }

    private static Task<string> StartAsync(IncidentHostFactory host) => SvarUtShipments.StartAsync(host, Ct);

    private static async Task<JsonObject> WaitForIncidentAsync(IncidentHostFactory host, HttpClient admin, string instanceId)
    {
        JsonObject? incident = null;
        await WaitUntilAsync(host, async () =>
        {
            var list = await admin.GetFromJsonAsync<JsonArray>("/api/outbox/incidents", Ct);
            incident = list!.OfType<JsonObject>().FirstOrDefault(i => i["workflowInstanceId"]!.GetValue<string>() == instanceId);
            return incident is not null;
        });
        return incident!;
    }

    /// <summary>The host in Development with SvarUt given one attempt before an incident.</summary>
    private sealed class IncidentHostFactory(TestDatabase database) : WebApplicationFactory<Program>
    {
        public async Task<HttpClient> ClientForAsync(string userName)
        {
            var client = CreateClient();
            var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = "demo" });
            response.EnsureSuccessStatusCode();
            var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting($"ConnectionStrings:{database.ConnectionStringName}", database.ConnectionString);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Workflows:Dispatcher:PollInterval", "00:00:00.100");
            builder.UseSetting("Workflows:Outbox:PollInterval", "00:00:00.100");
            builder.UseSetting("Workflows:Outbox:Services:SvarUt:MaxAttempts", "1");
            builder.UseSetting("Services:SvarUt:MaxRetries", "0");
        }
    }
}
