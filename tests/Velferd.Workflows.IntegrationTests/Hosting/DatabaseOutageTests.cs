using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Hosting;

/// <summary>
/// PostgreSQL out of reach under load (the network to it cut, then restored): requests answer 503 with Retry-After, not
/// 500; once it is back, the clients' retries with the same idempotency keys apply every start once.
/// </summary>
public sealed class DatabaseOutageTests
{
    private const int Starts = 24;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostgreSqlCutUnderLoad_Answers503WithRetryAfter_AndRetriesApplyEveryStartOnce()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.PostgreSql);
        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var network = new TcpProxy(direct.Host!, direct.Port);
        var proxied = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = network.Port, Timeout = 3 };
        await using var host = new WorkflowHostFactory(database).WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:PostgreSql", proxied.ConnectionString));
        var ola = await host.ClientForAsync("ola.saksbehandler");
        await ImportAsync(host);

        // Load from eight clients; the network to the database is cut once the first few starts are in.
        var answers = new HttpResponseMessage[Starts];
        var answered = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, Starts), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Ct }, async (i, ct) =>
        {
            answers[i] = await StartAsync(ola, i);
            if (Interlocked.Increment(ref answered) == 4)
            {
                network.Cut();
            }
        });
        var health = await host.CreateClient().GetAsync("/health/ready", Ct);
        network.Restore();
        var statuses = answers.Select(a => a.StatusCode).ToList();
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();

        var retried = new List<string>();
        for (var i = 0; i < Starts; i++)
        {
            var again = await StartAsync(ola, i);
            Assert.True(again.IsSuccessStatusCode, await again.Content.ReadAsStringAsync(Ct));
            retried.Add(await InstanceIdAsync(again));
        }

        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Created or HttpStatusCode.Accepted or HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"answered {s}"));
        Assert.NotEmpty(refused);
        Assert.All(refused, r => Assert.Equal("5", r.Headers.GetValues("Retry-After").Single()));
        Assert.All(refused, r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        for (var i = 0; i < Starts; i++)
        {
            if (answers[i].IsSuccessStatusCode)
            {
                Assert.Equal(await InstanceIdAsync(answers[i]), retried[i]);
            }
        }

        Assert.Equal(Starts, retried.Distinct().Count());
        await BackgroundWork.WaitUntilAsync(host, async () => await CountAsync(database, "SELECT count(*) FROM human_tasks") == Starts, TimeSpan.FromSeconds(60));
        Assert.Equal(Starts, await CountAsync(database, "SELECT count(*) FROM workflow_instances WHERE definition_id = 'brudd'"));
        Assert.Equal(Starts, await CountAsync(database, "SELECT count(DISTINCT correlation_id) FROM human_tasks"));
    }

    private static Task<HttpResponseMessage> StartAsync(HttpClient client, int i)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/instances")
        {
            Content = JsonContent.Create(new { definitionId = "brudd", correlationId = $"brudd-{i:D2}" }),
        };
        request.Headers.Add("Idempotency-Key", $"brudd-start-{i}");
        return client.SendAsync(request, Ct);
    }

    private static async Task<string> InstanceIdAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();

    private static async Task ImportAsync(WebApplicationFactory<Program> host)
    {
        var owner = await host.ClientForAsync("kari.prosesseier");
        var definition = new FlowchartBuilder("Brudd").WithDefinitionId("brudd")
            .Activity("start", "Elsa.Start")
            .Activity("oppgave", "Velferd.UserTask", ("title", Expr.Literal("Vurder")), ("candidateTeam", Expr.Literal("tit-sentrum")))
            .Chain("start", "oppgave")
            .BuildJson();
        (await owner.PostAsJsonAsync("/api/definitions/import?publish=true", definition, Ct)).EnsureSuccessStatusCode();
    }


    private static async Task<int> CountAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
