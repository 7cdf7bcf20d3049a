using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Welfare.Access;
using Velferd.Workflows.Welfare.Audit;

namespace Velferd.Workflows.Benchmarks;

/// <summary>
/// (j) Need to know and audit on the inbox and the case view (issue 17), on PostgreSQL over HTTP: 100,000 active and
/// 1,000,000 completed tasks as in (c), and 40,000 open TIT cases (a child each, ten timeline entries each) whose ids
/// are the tasks' correlation ids. Two hosts in one process on the one database: the real host (the access decision's
/// terms in the inbox lists' own SQL, the case view's decision per request, one audit row written per answer) and a
/// baseline host where the access decision is bypassed (<see cref="ICaseRelationStore"/> answers the empty scope without
/// a query and hides nothing from a list's SQL) and the audit log discards its rows. Each measurement alternates the
/// hosts in rounds; <c>--breakdown</c> adds a host with only the access decision and one with only the audit rows.
/// </summary>
public static class NeedToKnowBenchmark
{
    private const int Readers = 8;
    private const int Rounds = 4;

    /// <summary>The cases' generation (also quoted in docs/benchmarks.md); the tasks come from <see cref="HumanTaskInboxBenchmark.GenerateSql"/>.</summary>
    public const string GenerateCasesSql = """
        INSERT INTO welfare_cases (id, municipality, kind, level, team, status, created_at, created_by, revision)
        SELECT 'sak-' || g, '0301', 'BTI', 1, 'team-' || (g % 50), 'Open', now() - (g % 300) * interval '1 day', 'user-' || (g % 1000), 1
        FROM generate_series(0, 39999) AS g;
        INSERT INTO welfare_case_persons (id, case_id, position, role, identity_kind, birth_date, birth_date_from_registry,
            address_protection, has_parental_responsibility, registry_status)
        SELECT 'barn-' || g, 'sak-' || g, 0, 'Child', 'Unknown', date '2015-01-01' + (g % 3000), false, 'None', false, 'NotLookedUp'
        FROM generate_series(0, 39999) AS g;
        INSERT INTO welfare_case_events (id, case_id, at, kind, by, detail)
        SELECT 'h-' || g || '-' || e, 'sak-' || g, now() - (g % 300) * interval '1 day' + e * interval '1 hour', 'sak-opprettet', 'user-' || (g % 1000), 'Hendelse ' || e
        FROM generate_series(0, 39999) AS g, generate_series(1, 10) AS e;
        ANALYZE welfare_cases; ANALYZE welfare_case_persons; ANALYZE welfare_case_events;
        """;

    public static async Task RunAsync(bool quick, bool breakdown, CancellationToken cancellationToken)
    {
        var perReaderPerRound = quick ? 25 : 100;
        var (server, name, connectionString) = await PostgresAdmin.CreateDatabaseAsync("velferd_bench_access", cancellationToken);
        try
        {
            await using var real = new BenchmarkHost(connectionString);
            _ = real.Server;
            await using var bypassed = new BenchmarkHost(connectionString, services =>
            {
                services.RemoveAll<ICaseRelationStore>().AddScoped<ICaseRelationStore, NoRelations>();
                services.RemoveAll<IAuditLog>().AddScoped<IAuditLog, DiscardedAudit>();
            });
            _ = bypassed.Server;

            // --breakdown: two more hosts, one with the scope but no audit rows and one with audit rows but no scope.
            await using var scopeOnly = breakdown ? new BenchmarkHost(connectionString, services => services.RemoveAll<IAuditLog>().AddScoped<IAuditLog, DiscardedAudit>()) : null;
            await using var auditOnly = breakdown ? new BenchmarkHost(connectionString, services => services.RemoveAll<ICaseRelationStore>().AddScoped<ICaseRelationStore, NoRelations>()) : null;
            _ = scopeOnly?.Server;
            _ = auditOnly?.Server;
            var load = Stopwatch.StartNew();
            await PostgresAdmin.ExecuteAsync(connectionString, HumanTaskInboxBenchmark.GenerateSql, cancellationToken);
            await PostgresAdmin.ExecuteAsync(connectionString, GenerateCasesSql, cancellationToken);
            load.Stop();

            // Sides: the real host, the bypassed one, then (--breakdown) scope only and audit only.
            Side[] hosts = [new(real), new(bypassed), .. new[] { scopeOnly, auditOnly }.OfType<BenchmarkHost>().Select(h => new Side(h))];
            var requests = new (string Name, Func<int, string> Path)[]
            {
                ("my tasks, first page (50)", _ => "/api/tasks/mine?pageSize=50"),
                ("team tasks, unclaimed, first page (50)", _ => "/api/tasks/unclaimed?pageSize=50"),
                ("case view GET /api/cases/{id}", i => $"/api/cases/sak-{CaseOf(i)}"),
                ("case timeline GET /api/cases/{id}/timeline", i => $"/api/cases/sak-{CaseOf(i)}/timeline"),
            };
            var auditBefore = await AuditRowsAsync(connectionString, cancellationToken);
            var results = new List<(string Name, double[][] Times, double[] Cpu)>();
            foreach (var (label, path) in requests)
            {
                foreach (var host in hosts)
                {
                    host.CpuPerRequest.Clear();
                }

                var times = hosts.Select(_ => new List<double>()).ToArray();
                for (var round = 0; round < Rounds; round++)
                {
                    for (var side = 0; side < hosts.Length; side++)
                    {
                        times[side].AddRange(await hosts[side].MeasureAsync(path, perReaderPerRound, round, cancellationToken));
                    }
                }

                results.Add((label, [.. times.Select(t => t.ToArray())], [.. hosts.Select(h => h.CpuPerRequest.Average())]));
            }

            var auditRows = await AuditRowsAsync(connectionString, cancellationToken) - auditBefore;
            Console.WriteLine($"(j) Need to know and audit on PostgreSQL over HTTP ({PostgresAdmin.Durability}): 100,000 active + 1,000,000 completed tasks, 40,000 cases (generated in {load.Elapsed.TotalSeconds:0.0} s)");
            Console.WriteLine($"    {Readers} concurrent caseworkers, {Rounds} rounds alternating the hosts, {Readers * perReaderPerRound * Rounds} requests per figure; p50 / p95 in ms");
            Console.WriteLine("    with = the real host (the access decision's terms in each list's SQL, the case view's decision, an audit row per answer);");
            Console.WriteLine("    without = the same host in the same process with the access decision bypassed (empty scope, no query) and no audit rows");
            if (breakdown)
            {
                Console.WriteLine("    scope only = the real access decision, no audit rows; audit only = audit rows, the access decision bypassed");
            }

            foreach (var (label, times, cpu) in results)
            {
                var (with, without) = (times[0], times[1]);
                Console.WriteLine($"    {label,-44} with {Percentiles.Of(with, 50),6:0.0} / {Percentiles.Of(with, 95),6:0.0}   without {Percentiles.Of(without, 50),6:0.0} / {Percentiles.Of(without, 95),6:0.0}   ratio p50 {Percentiles.Of(with, 50) / Percentiles.Of(without, 50):0.00}, p95 {Percentiles.Of(with, 95) / Percentiles.Of(without, 95):0.00}   (target <= 1.30)");
                Console.WriteLine($"    {"",-44} CPU of this process per request (ms): with {cpu[0]:0.00}, without {cpu[1]:0.00}{(breakdown ? $", scope only {cpu[2]:0.00}, audit only {cpu[3]:0.00}" : "")}");
                if (breakdown)
                {
                    Console.WriteLine($"    {"",-44} scope only {Percentiles.Of(times[2], 50),6:0.0} / {Percentiles.Of(times[2], 95),6:0.0}   audit only {Percentiles.Of(times[3], 50),6:0.0} / {Percentiles.Of(times[3], 95),6:0.0}");
                }
            }

            var audited = hosts[0].Answered + (breakdown ? hosts[3].Answered : 0);
            Console.WriteLine($"    audit rows written by the {(breakdown ? "real and audit-only hosts" : "real host")}: {auditRows} (requests answered through {(breakdown ? "them" : "it")}, warm-up included: {audited})");
            foreach (var (label, sql) in ScopeQueries)
            {
                Console.WriteLine($"    plan of {label}: {await PlanAsync(connectionString, sql, cancellationToken)}");
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await PostgresAdmin.ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
        }
    }

    // The inbox's list with the access decision's term for user-5 of team-5 (a TIT caseworker: barnevern cases hidden),
    // and the queries the case scope adds per request where it is looked up (instances, deadlines, one task), all as
    // EF sends them, simplified to their shape.
    private static readonly (string Label, string Sql)[] ScopeQueries =
    [
        ("my tasks with the hidden kinds' term (each page row probes its case by key)", """
            SELECT t.id FROM human_tasks t
            WHERE t.status IN ('Open', 'Claimed') AND t.assigned_to = 'user-5'
              AND (t.correlation_id IS NULL OR NOT EXISTS (SELECT 1 FROM welfare_cases c WHERE c.id = t.correlation_id AND c.kind = 'Barnevern'))
            ORDER BY t.due_order, t.id LIMIT 51
            """),
        ("his teams' unclaimed tasks with the hidden kinds' term", """
            SELECT t.id FROM human_tasks t
            WHERE t.status = 'Open' AND t.test_run_by IS NULL AND t.candidate_team = 'team-5' AND (t.candidate_role IS NULL OR t.candidate_role = 'Caseworker')
              AND (t.correlation_id IS NULL OR NOT EXISTS (SELECT 1 FROM welfare_cases c WHERE c.id = t.correlation_id AND c.kind = 'Barnevern'))
            ORDER BY t.due_order, t.id LIMIT 51
            """),
        ("related cases (his memberships and held tasks, then each case by key)", """
            SELECT c.id FROM welfare_case_members m JOIN welfare_cases c ON c.id = m.case_id WHERE m.user_name = 'user-5' AND c.team <> 'team-5'
            UNION ALL
            SELECT c.id FROM human_tasks t JOIN welfare_cases c ON c.id = t.correlation_id
              WHERE t.assigned_to = 'user-5' AND t.status IN ('Open', 'Claimed') AND t.correlation_id IS NOT NULL AND c.team <> 'team-5'
            """),
        ("baton candidates (cases he created, hand-overs to him)", """
            SELECT c.id, c.created_by FROM welfare_cases c WHERE c.created_by = 'user-5' AND c.team <> 'team-5' AND c.kind = 'BTI' AND c.level >= 1
            UNION
            SELECT c.id, c.created_by FROM welfare_handovers h JOIN welfare_cases c ON c.id = h.case_id
              WHERE h.to_user = 'user-5' AND h.status = 'Accepted' AND c.team <> 'team-5' AND c.kind = 'BTI' AND c.level >= 1
            """),
    ];

    // The case a caseworker of reader i's team opens: one of his team's (team-k holds sak-k, sak-(k+50), …).
    private static int CaseOf(int i) => (i * 5 % 50) + (50 * (i * 7919 % 800));

    private static async Task<long> AuditRowsAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM audit_entries", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<string> PlanAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        var lines = await PostgresAdmin.ExplainAsync(connectionString, sql, cancellationToken);
        return string.Join(" | ", lines.Where(l => l.Contains("Scan", StringComparison.Ordinal) || l.StartsWith("Execution Time", StringComparison.Ordinal)));
    }

    /// <summary>One host with a client per reader and a caseworker token per team (tokens are per host: each has its own key).</summary>
    private sealed class Side
    {
        private readonly HttpClient[] _clients;
        private readonly string[] _caseworkers;

        public Side(BenchmarkHost host)
        {
            var issuer = host.Services.GetRequiredService<TokenIssuer>();
            _clients = [.. Enumerable.Range(0, Readers).Select(_ => host.CreateClient())];
            _caseworkers = [.. Enumerable.Range(0, 200).Select(i => issuer.Issue(new DemoUser { UserName = $"user-{i * 5}", Roles = [Roles.Caseworker], Teams = [$"team-{i * 5 % 50}"], Services = ["tit"] }).Token)];
        }

        public int Answered { get; private set; }

        /// <summary>
        /// This process's CPU time spent while this side's timed requests ran (client and host, both in process), per
        /// request: unlike latency it hardly moves with what other processes on a shared machine do.
        /// </summary>
        public List<double> CpuPerRequest { get; } = [];

        public async Task<double[]> MeasureAsync(Func<int, string> path, int perReader, int round, CancellationToken cancellationToken)
        {
            for (var i = 0; i < 10; i++)
            {
                await TimeAsync(_clients[0], i, path, cancellationToken);
            }

            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var results = await Task.WhenAll(_clients.Select((client, reader) => Task.Run(
                async () =>
                {
                    var times = new double[perReader];
                    for (var i = 0; i < perReader; i++)
                    {
                        times[i] = await TimeAsync(client, (((round * Readers) + reader) * perReader) + i, path, cancellationToken);
                    }

                    return times;
                },
                cancellationToken)));
            CpuPerRequest.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / (Readers * perReader));
            return [.. results.SelectMany(t => t)];
        }

        // Reader i is caseworker i % 200 (user-(5i), team-(5i % 50)); the case view opens a case of his team.
        private async Task<double> TimeAsync(HttpClient client, int i, Func<int, string> path, CancellationToken cancellationToken)
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, path(i % 200));
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _caseworkers[i % 200]);
            var watch = Stopwatch.StartNew();
            using var response = await client.SendAsync(message, cancellationToken);
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            watch.Stop();
            response.EnsureSuccessStatusCode();
            lock (_clients)
            {
                Answered++;
            }

            return watch.Elapsed.TotalMilliseconds;
        }
    }

    /// <summary>The baseline's relation store: the empty scope, with no query (and nothing hidden from a list's SQL).</summary>
    private sealed class NoRelations : ICaseRelationStore
    {
        public Task<CaseScope> ScopeAsync(CaseUser user, DateTimeOffset now, CancellationToken cancellationToken) => Task.FromResult(CaseScope.Empty);

        public CaseScope ListScope(CaseUser user) => CaseScope.Empty;
    }

    /// <summary>The baseline's audit log: rows are dropped.</summary>
    private sealed class DiscardedAudit : IAuditLog
    {
        public bool WritesReadRowsWithTheRead => false;

        public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<AuditEntry>>([]);
    }
}
