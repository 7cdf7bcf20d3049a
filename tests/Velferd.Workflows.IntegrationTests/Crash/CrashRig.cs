using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Crash;

/// <summary>
/// Host processes on one throwaway PostgreSQL database, for tests that kill them: starting, killing and restarting a
/// node, requests that fail over to another node with the same idempotency key, and the database as the only witness
/// of what the processes did.
/// </summary>
public sealed class CrashRig : IAsyncDisposable
{
    /// <summary>How long a phase may take, the lease of a killed node's claims included.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    private readonly string _signingKey = Convert.ToBase64String(Guid.NewGuid().ToByteArray()) + Convert.ToBase64String(Guid.NewGuid().ToByteArray());
    private readonly HostProcess?[] _nodes;
    private readonly TestDatabase _database;

    private CrashRig(TestDatabase database, int nodes)
    {
        _database = database;
        _nodes = new HostProcess?[nodes];
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The database's connection string.</summary>
    public string ConnectionString => _database.ConnectionString;

    /// <summary>A fresh database with <paramref name="nodes"/> hosts on it, started one after the other (the first migrates and seeds).</summary>
    public static async Task<CrashRig> StartAsync(int nodes)
    {
        var rig = new CrashRig(await TestDatabase.CreateAsync(DatabaseKind.PostgreSql), nodes);
        for (var i = 0; i < nodes; i++)
        {
            rig._nodes[i] = await HostProcess.StartAsync(rig.ConnectionString, rig._signingKey, Ct);
        }

        return rig;
    }

    /// <summary>Kills node <paramref name="node"/> with SIGKILL.</summary>
    public async Task KillAsync(int node)
    {
        var crashed = _nodes[node]!;
        _nodes[node] = null;
        await crashed.KillAsync();
        await crashed.DisposeAsync();
    }

    /// <summary>Starts node <paramref name="node"/> again (after <see cref="KillAsync"/>).</summary>
    public async Task RestartAsync(int node) =>
        _nodes[node] = await HostProcess.StartAsync(ConnectionString, _signingKey, Ct);

    /// <summary>Kills node <paramref name="node"/> and starts it again.</summary>
    public async Task CrashAndRestartAsync(int node)
    {
        await KillAsync(node);
        await RestartAsync(node);
    }

    /// <summary>A demo user's bearer token, from the first node.</summary>
    public async Task<string> TokenAsync(string userName)
    {
        using var client = new HttpClient { BaseAddress = _nodes[0]!.BaseAddress };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = "demo" }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["accessToken"]!.GetValue<string>();
    }

    /// <summary>Imports and publishes a definition as the process owner.</summary>
    public async Task ImportAsync(JsonObject definition)
    {
        using var client = new HttpClient { BaseAddress = _nodes[0]!.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync("kari.prosesseier"));
        var response = await client.PostAsJsonAsync("/api/definitions/import?publish=true", definition, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>
    /// Sends one request per item from four clients, spread over the nodes; when half are sent, node
    /// <paramref name="victim"/> (if any) is killed and started again in the background. A request that fails goes to
    /// the next node with the same key.
    /// </summary>
    public async Task SendAllAsync(
        int count, string token, Func<HttpClient, int, Task<HttpResponseMessage>> send, Func<int, string> key, int? victim)
    {
        var sent = 0;
        var restart = Task.CompletedTask;
        var gate = new Lock();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = Ct }, async (i, ct) =>
        {
            lock (gate)
            {
                if (++sent == count / 2 && victim is { } node)
                {
                    restart = CrashAndRestartAsync(node);
                }
            }

            await SendWithFailoverAsync(i % _nodes.Length, token, client => send(client, i), key(i));
        });
        await restart;
    }

    /// <summary>
    /// Sends a request to node <paramref name="preferred"/>; when it fails (the node is dead or dying), to the next node
    /// with the same idempotency key, until one answers or <see cref="Patience"/> runs out.
    /// </summary>
    public async Task SendWithFailoverAsync(int preferred, string token, Func<HttpClient, Task<HttpResponseMessage>> send, string idempotencyKey)
    {
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        for (var attempt = 0; clock.Elapsed < Patience; attempt++)
        {
            var node = _nodes[(preferred + attempt) % _nodes.Length];
            if (node is null)
            {
                // Every node may be down for a moment (one node, restarting): wall clock, as the processes run on it.
                await Task.Delay(TimeSpan.FromMilliseconds(100), Ct);
                continue;
            }

            using var client = new HttpClient { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
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

    /// <summary>One number from the database.</summary>
    public async Task<int> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(Ct), CultureInfo.InvariantCulture);
    }

    /// <summary>The first column of every row.</summary>
    public async Task<IReadOnlyList<string>> StringsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>
    /// Waits until <paramref name="sql"/> counts <paramref name="expected"/>. The work happens in other processes, so
    /// the database is the only place to see it; a count above the expected one fails at once (something doubled).
    /// </summary>
    public async Task WaitForAsync(string sql, int expected)
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

        Assert.Fail($"{sql} counted {count} of {expected} after {Patience}.\n{await StateAsync()}\nNode logs:\n{string.Join("\n", _nodes.Select(n => n?.Output))}");
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
        await using var connection = new NpgsqlConnection(ConnectionString);
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

    /// <inheritdoc />
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
}
