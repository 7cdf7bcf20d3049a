using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Crash;

/// <summary>
/// Two host processes on one PostgreSQL database under a load of starts, task completions, signals and timers; one of
/// them is killed with SIGKILL in each phase and started again. Clients retry a failed request on the other node with
/// the same idempotency key, as a load balancer would. Afterwards the database must show every case finished once:
/// nothing lost, nothing doubled, nothing stuck.
/// </summary>
public sealed class TwoNodeCrashTests : IAsyncLifetime
{
    private const int Cases = 40;
    private const string DefinitionId = "krasjprove";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);
    private readonly string _signingKey = Convert.ToBase64String(Guid.NewGuid().ToByteArray()) + Convert.ToBase64String(Guid.NewGuid().ToByteArray());
    private readonly HostProcess?[] _nodes = new HostProcess?[2];
    private TestDatabase _database = null!;
    private string _token = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseKind.PostgreSql);

        // One after the other: the first migrates and seeds the database.
        _nodes[0] = await HostProcess.StartAsync(_database.ConnectionString, _signingKey, Ct);
        _nodes[1] = await HostProcess.StartAsync(_database.ConnectionString, _signingKey, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            if (node is not null)
            {
                await node.DisposeAsync();
            }
        }

        NpgsqlConnection.ClearAllPools();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task TwoNodes_OneKilledInEachPhase_EveryCaseFinishesOnce()
    {
        _token = await TokenAsync("ola.saksbehandler");
        await ImportDefinitionAsync();

        // Phase 1: starts; node 0 dies half-way.
        await RunWithACrashAsync(0, Enumerable.Range(0, Cases), (client, i) => client.PostAsJsonAsync(
            "/api/instances", new { definitionId = DefinitionId, correlationId = CaseId(i) }, Ct), i => $"start-{i}");
        await WaitForAsync("SELECT count(*) FROM human_tasks WHERE status <> 'Completed' AND status <> 'Cancelled'", Cases);

        // Phase 2: task completions; node 1 dies half-way.
        var tasks = await TaskIdsAsync();
        await RunWithACrashAsync(1, Enumerable.Range(0, Cases), (client, i) => client.PostAsJsonAsync(
            $"/api/tasks/{tasks[i]}/complete", new JsonObject(), Ct), i => $"complete-{i}");
        await WaitForAsync("SELECT count(*) FROM workflow_bookmarks WHERE activity_id = 'klar'", Cases);

        // Phase 3: signals, then the one-minute timers they lead to (the calendar's finest unit); node 0 dies half-way again.
        await RunWithACrashAsync(0, Enumerable.Range(0, Cases), (client, i) => client.PostAsJsonAsync(
            "/api/signals/Klar", new { correlationId = CaseId(i) }, Ct), i => $"klar-{i}");
        await WaitForAsync($"SELECT count(*) FROM workflow_instances WHERE definition_id = '{DefinitionId}' AND sub_status = 'Finished'", Cases);

        Assert.Equal(Cases, await ScalarAsync($"SELECT count(*) FROM workflow_instances WHERE definition_id = '{DefinitionId}'"));
        Assert.Equal(Cases, await ScalarAsync($"SELECT count(DISTINCT correlation_id) FROM workflow_instances WHERE definition_id = '{DefinitionId}'"));
        Assert.Equal(Cases, await ScalarAsync("SELECT count(*) FROM human_tasks WHERE status = 'Completed'"));
        Assert.Equal(Cases, await ScalarAsync("SELECT count(*) FROM deadlines WHERE activity_id = 'vent' AND status = 'Elapsed'"));
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM deadlines WHERE activity_id = 'vent' AND status <> 'Elapsed'"));
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM stimuli WHERE status <> 'Done'"));
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM workflow_bookmarks"));
        foreach (var step in new[] { "oppgave", "klar", "vent" })
        {
            Assert.Equal(Cases, await ScalarAsync($"SELECT count(*) FROM activity_executions WHERE activity_id = '{step}' AND resumed"));
        }

        Assert.Equal(Cases, await ScalarAsync("SELECT count(*) FROM activity_executions WHERE activity_id = 'ferdig'"));
        Assert.Equal(Cases, await ScalarAsync("SELECT count(DISTINCT workflow_instance_id) FROM activity_executions WHERE activity_id = 'ferdig'"));
    }

    private static string CaseId(int i) => $"krasj-{i:D3}";

    /// <summary>
    /// Sends one request per item from four clients, alternating nodes; when half are sent, node <paramref name="victim"/>
    /// is killed and started again in the background. A request that fails goes to the other node with the same key.
    /// </summary>
    private async Task RunWithACrashAsync(
        int victim, IEnumerable<int> items, Func<HttpClient, int, Task<HttpResponseMessage>> send, Func<int, string> key)
    {
        var sent = 0;
        Task? restart = null;
        var gate = new Lock();
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = Ct }, async (i, ct) =>
        {
            lock (gate)
            {
                if (++sent == Cases / 2)
                {
                    restart = CrashAndRestartAsync(victim);
                }
            }

            await SendWithFailoverAsync(i % 2, client => send(client, i), key(i));
        });
        await restart!;
    }

    private async Task CrashAndRestartAsync(int node)
    {
        var crashed = _nodes[node]!;
        _nodes[node] = null;
        await crashed.KillAsync();
        await crashed.DisposeAsync();
        _nodes[node] = await HostProcess.StartAsync(_database.ConnectionString, _signingKey, Ct);
    }

    private async Task SendWithFailoverAsync(int preferred, Func<HttpClient, Task<HttpResponseMessage>> send, string idempotencyKey)
    {
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        for (var attempt = 0; clock.Elapsed < Patience; attempt++)
        {
            var node = _nodes[(preferred + attempt) % 2];
            if (node is null)
            {
                continue;
            }

            using var client = new HttpClient { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            client.DefaultRequestHeaders.Add("Idempotency-Key", idempotencyKey);
            try
            {
                using var response = await send(client);

                // A completion retried after the first node committed it and died answers 409 "already completed".
                if (response.IsSuccessStatusCode || (response.StatusCode == HttpStatusCode.Conflict && failures.Count > 0))
                {
                    return;
                }

                failures.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
            }
            catch (HttpRequestException e)
            {
                failures.Add(e.Message);
            }
            catch (TaskCanceledException e) when (!Ct.IsCancellationRequested)
            {
                failures.Add(e.Message);
            }
        }

        Assert.Fail($"{idempotencyKey} never succeeded: {string.Join(" | ", failures.TakeLast(5))}");
    }

    private async Task<string> TokenAsync(string userName)
    {
        using var client = new HttpClient { BaseAddress = _nodes[0]!.BaseAddress };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = "demo" }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["accessToken"]!.GetValue<string>();
    }

    private async Task ImportDefinitionAsync()
    {
        var definition = new FlowchartBuilder("Krasjprøve").WithDefinitionId(DefinitionId)
            .Activity("start", "Elsa.Start")
            .Activity("oppgave", "Velferd.UserTask", ("title", Expr.Literal("Vurder saken")), ("assignee", Expr.Literal("ola.saksbehandler")))
            .Activity("klar", "Elsa.Event", ("eventName", Expr.Literal("Klar")))
            .Activity("vent", "Velferd.Timer", ("duration", Expr.Literal("PT1M")))
            .Activity("ferdig", "Elsa.WriteLine", ("text", Expr.Literal("ferdig")))
            .Chain("start", "oppgave", "klar", "vent", "ferdig")
            .BuildJson();
        using var client = new HttpClient { BaseAddress = _nodes[0]!.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync("kari.prosesseier"));
        var response = await client.PostAsJsonAsync("/api/definitions/import?publish=true", definition, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    private async Task<IReadOnlyList<string>> TaskIdsAsync()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT id FROM human_tasks ORDER BY correlation_id", connection);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            ids.Add(reader.GetString(0));
        }

        Assert.Equal(Cases, ids.Count);
        return ids;
    }

    private async Task<int> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(Ct), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Waits until <paramref name="sql"/> counts <paramref name="expected"/>. The work happens in other processes, so
    /// the database is the only place to see it; a count above the expected one fails at once (something doubled).
    /// </summary>
    private async Task WaitForAsync(string sql, int expected)
    {
        var clock = Stopwatch.StartNew();
        var count = 0;
        while (clock.Elapsed < Patience)
        {
            count = await ScalarAsync(sql);
            Assert.True(count <= expected, $"{sql} counted {count}, more than {expected}.");
            if (count == expected)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), Ct);
        }

        Assert.Fail($"{sql} counted {count} of {expected} after {Patience}.\n{await StateAsync()}\nNode logs:\n{_nodes[0]?.Output}\n{_nodes[1]?.Output}");
    }

    /// <summary>Where the work stands, by table and status (for a failure message).</summary>
    private async Task<string> StateAsync()
    {
        string[] queries =
        [
            "SELECT 'instances ' || sub_status, count(*) FROM workflow_instances GROUP BY sub_status",
            "SELECT 'bookmarks ' || activity_id, count(*) FROM workflow_bookmarks GROUP BY activity_id",
            "SELECT 'deadlines ' || status, count(*) FROM deadlines GROUP BY status",
            "SELECT 'stimuli ' || kind || ' ' || status, count(*) FROM stimuli GROUP BY kind, status",
            "SELECT 'tasks ' || status, count(*) FROM human_tasks GROUP BY status",
        ];
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync(Ct);
        var lines = new List<string>();
        foreach (var query in queries)
        {
            await using var command = new NpgsqlCommand(query, connection);
            await using var reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                lines.Add($"{reader.GetString(0)}: {reader.GetInt64(1)}");
            }
        }

        return string.Join("\n", lines);
    }
}
