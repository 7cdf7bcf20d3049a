using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Host.Auth;

namespace Velferd.Workflows.Benchmarks;

/// <summary>
/// (c) The task inbox at scale on PostgreSQL, over HTTP through the real host: 100,000 active and 1,000,000 completed
/// tasks (50 teams, 1,000 users), loaded with one set-based statement each. Measures the first page of "my tasks" and
/// of "team overdue" at 8 concurrent readers, and completing a task (HTTP request until the burst has committed),
/// each next to a primary-key read of one task through the same HTTP stack in the same run.
/// </summary>
public static class HumanTaskInboxBenchmark
{
    private const int Readers = 8;

    /// <summary>The data-generation statements (also quoted in docs/benchmarks.md).</summary>
    public const string GenerateSql = """
        INSERT INTO human_tasks (id, workflow_instance_id, bookmark_id, activity_id, definition_id, correlation_id, title,
            fields_json, outcomes_json, candidate_team, assigned_to, priority, priority_order, due_at, due_order, status,
            created_at, updated_at, version)
        SELECT lpad(to_hex(g), 32, '0'), 'i' || g, 'b' || g, 'oppgave', 'p1-en-dor-inn', 'sak-' || (g % 40000), 'Vurder saken',
            '[]', '["Godkjent","Avvist"]', 'team-' || (g % 50), CASE WHEN g % 3 = 0 THEN NULL ELSE 'user-' || (g % 1000) END,
            'Normal', 2, now() + ((g % 60) - 20) * interval '1 day', now() + ((g % 60) - 20) * interval '1 day',
            CASE WHEN g % 3 = 0 THEN 'Open' ELSE 'Claimed' END, now() - interval '30 days', now(), 2
        FROM generate_series(1, 100000) AS g;
        INSERT INTO human_tasks (id, workflow_instance_id, bookmark_id, activity_id, definition_id, correlation_id, title,
            fields_json, outcomes_json, candidate_team, assigned_to, priority, priority_order, due_at, due_order, status,
            outcome, form_data_json, completed_by, closed_at, created_at, updated_at, version)
        SELECT lpad(to_hex(g), 32, '0'), 'i' || g, 'b' || g, 'oppgave', 'p1-en-dor-inn', 'sak-' || (g % 400000), 'Vurder saken',
            '[]', '["Godkjent","Avvist"]', 'team-' || (g % 50), 'user-' || (g % 1000), 'Normal', 2,
            now() - (g % 700) * interval '1 day', now() - (g % 700) * interval '1 day', 'Completed',
            'Godkjent', '{"begrunnelse":"ok"}', 'user-' || (g % 1000), now() - (g % 700) * interval '1 day',
            now() - (g % 700) * interval '1 day', now(), 3
        FROM generate_series(100001, 1100000) AS g;
        ANALYZE human_tasks;
        """;

    public static async Task RunAsync(bool quick, CancellationToken cancellationToken)
    {
        var requestsPerReader = quick ? 100 : 500;
        var completions = quick ? 100 : 400;
        var server = Environment.GetEnvironmentVariable("VELFERD_TEST_POSTGRES")!;
        var name = $"velferd_bench_tasks_{Guid.NewGuid():N}";
        await PostgresAdmin.ExecuteAsync(server, $"CREATE DATABASE \"{name}\"", cancellationToken);
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        try
        {
            await using var host = new BenchmarkHost(connectionString);
            _ = host.Server;
            var load = Stopwatch.StartNew();
            await PostgresAdmin.ExecuteAsync(connectionString, GenerateSql, cancellationToken);
            load.Stop();

            var plans = new[]
            {
                await PlanAsync(connectionString, "SELECT * FROM human_tasks WHERE status IN ('Open', 'Claimed') AND assigned_to = 'user-5' ORDER BY due_order, id LIMIT 51", cancellationToken),
                await PlanAsync(connectionString, "SELECT * FROM human_tasks WHERE status IN ('Open', 'Claimed') AND candidate_team = 'team-7' AND due_at IS NOT NULL AND due_order < now() ORDER BY due_order, id LIMIT 51", cancellationToken),
            };
            var issuer = host.Services.GetRequiredService<TokenIssuer>();
            var clients = Enumerable.Range(0, Readers).Select(_ => host.CreateClient()).ToArray();
            string Token(string user, string team, string role) =>
                issuer.Issue(new DemoUser { UserName = user, Roles = [role], Teams = [team] }).Token;
            var caseworkers = Enumerable.Range(0, 200).Select(i => Token($"user-{i * 5}", $"team-{i * 5 % 50}", Roles.Caseworker)).ToArray();
            var supervisors = Enumerable.Range(0, 50).Select(i => Token($"leader-{i}", $"team-{i}", Roles.Supervisor)).ToArray();

            var mine = await ConcurrentAsync(clients, requestsPerReader, i => (caseworkers[i % caseworkers.Length], "/api/tasks/mine?pageSize=50"), cancellationToken);
            var overdue = await ConcurrentAsync(clients, requestsPerReader, i => (supervisors[i % supervisors.Length], $"/api/tasks/overdue?team=team-{i % 50}&pageSize=50"), cancellationToken);
            var admin = Token("bench-admin", "team-0", Roles.Admin);
            var byKey = await ConcurrentAsync(clients, requestsPerReader, i => (admin, $"/api/tasks/{(i * 7919 % 100000) + 1:x32}"), cancellationToken);

            var storeMine = await ConcurrentInboxAsync(host.Services, requestsPerReader, async (inbox, i) => (HumanTaskPage?)await inbox.MineAsync(Caseworker(i), new HumanTaskQuery(), cancellationToken), cancellationToken);
            var storeOverdue = await ConcurrentInboxAsync(host.Services, requestsPerReader, (inbox, i) => inbox.OverdueAsync(Supervisor(i), $"team-{i % 50}", new HumanTaskQuery(), cancellationToken), cancellationToken);
            var (complete, completeBaseline) = await TaskCompletionBaseline.MeasureAsync(host, completions, cancellationToken);

            Console.WriteLine($"(c) Task inbox on PostgreSQL over HTTP ({PostgresAdmin.Durability}): 100,000 active + 1,000,000 completed tasks (generated in {load.Elapsed.TotalSeconds:0.0} s)");
            Console.WriteLine($"    {Readers} concurrent readers, {Readers * requestsPerReader} requests each list; p50 / p95 in ms");
            Console.WriteLine($"    my tasks, first page (50):        {Percentiles.Of(mine, 50),7:0.0} / {Percentiles.Of(mine, 95),7:0.0}   (target p95 <= 50)");
            Console.WriteLine($"    team overdue, first page (50):    {Percentiles.Of(overdue, 50),7:0.0} / {Percentiles.Of(overdue, 95),7:0.0}   (target p95 <= 50)");
            Console.WriteLine($"    baseline: one task by key:        {Percentiles.Of(byKey, 50),7:0.0} / {Percentiles.Of(byKey, 95),7:0.0}");
            Console.WriteLine($"    ratios p95 to baseline: my tasks {Percentiles.Of(mine, 95) / Percentiles.Of(byKey, 95):0.00}, team overdue {Percentiles.Of(overdue, 95) / Percentiles.Of(byKey, 95):0.00}");
            Console.WriteLine($"    database plans: my tasks {plans[0]}; team overdue {plans[1]}");
            Console.WriteLine($"    without HTTP (inbox service, same readers): my tasks {Percentiles.Of(storeMine, 50):0.0} / {Percentiles.Of(storeMine, 95):0.0}, team overdue {Percentiles.Of(storeOverdue, 50):0.0} / {Percentiles.Of(storeOverdue, 95):0.0}");
            Console.WriteLine($"    complete a task, HTTP until the burst committed ({completions} sequential): {Percentiles.Of(complete, 50),7:0.0} / {Percentiles.Of(complete, 95),7:0.0}   (target p95 <= 30)");
            Console.WriteLine($"    baseline: read the same task by key over HTTP (sequential):   {Percentiles.Of(completeBaseline, 50),7:0.0} / {Percentiles.Of(completeBaseline, 95),7:0.0}");
            Console.WriteLine($"    ratio p95 complete/read: {Percentiles.Of(complete, 95) / Percentiles.Of(completeBaseline, 95):0.00}");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await PostgresAdmin.ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
        }
    }

    private static async Task<double[]> ConcurrentAsync(
        HttpClient[] clients, int requestsPerReader, Func<int, (string Token, string Path)> request, CancellationToken cancellationToken)
    {
        // Warm-up, then every reader runs its share at once.
        for (var i = 0; i < 20; i++)
        {
            await TimeGetAsync(clients[0], request(i), cancellationToken);
        }

        var results = await Task.WhenAll(clients.Select((client, reader) => Task.Run(
            async () =>
            {
                var times = new double[requestsPerReader];
                for (var i = 0; i < requestsPerReader; i++)
                {
                    times[i] = await TimeGetAsync(client, request((reader * requestsPerReader) + i), cancellationToken);
                }

                return times;
            },
            cancellationToken)));
        return [.. results.SelectMany(t => t)];
    }

    private static HumanTaskActor Caseworker(int i) =>
        new($"user-{i * 5 % 1000}", new HashSet<string> { $"team-{i * 5 % 50}" }, new HashSet<string> { Roles.Caseworker });

    private static HumanTaskActor Supervisor(int i) =>
        new($"leader-{i % 50}", new HashSet<string> { $"team-{i % 50}" }, new HashSet<string> { Roles.Supervisor }, IsSupervisor: true);

    private static async Task<double[]> ConcurrentInboxAsync(
        IServiceProvider services, int requestsPerReader, Func<HumanTaskInbox, int, Task<HumanTaskPage?>> call, CancellationToken cancellationToken)
    {
        async Task<double> TimeAsync(int i)
        {
            var watch = Stopwatch.StartNew();
            await using var scope = services.CreateAsyncScope();
            _ = await call(scope.ServiceProvider.GetRequiredService<HumanTaskInbox>(), i);
            return watch.Elapsed.TotalMilliseconds;
        }

        for (var i = 0; i < 20; i++)
        {
            await TimeAsync(i);
        }

        var results = await Task.WhenAll(Enumerable.Range(0, Readers).Select(reader => Task.Run(
            async () =>
            {
                var times = new double[requestsPerReader];
                for (var i = 0; i < requestsPerReader; i++)
                {
                    times[i] = await TimeAsync((reader * requestsPerReader) + i);
                }

                return times;
            },
            cancellationToken)));
        return [.. results.SelectMany(t => t)];
    }

    private static async Task<double> TimeGetAsync(HttpClient client, (string Token, string Path) request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, request.Path);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", request.Token);
        var watch = Stopwatch.StartNew();
        using var response = await client.SendAsync(message, cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        watch.Stop();
        response.EnsureSuccessStatusCode();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The index PostgreSQL picks for a query and its execution time (EXPLAIN ANALYZE).</summary>
    private static async Task<string> PlanAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        var lines = await PostgresAdmin.ExplainAsync(connectionString, sql, cancellationToken);
        var index = lines.Select(l => System.Text.RegularExpressions.Regex.Match(l, "using (\\w+)")).FirstOrDefault(m => m.Success)?.Groups[1].Value ?? "no index";
        return $"{index}, {lines.Last(l => l.Contains("Execution Time", StringComparison.Ordinal)).Trim()}";
    }
}
