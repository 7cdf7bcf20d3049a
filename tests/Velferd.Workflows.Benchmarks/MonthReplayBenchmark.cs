using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Velferd.Workflows.Testing.Welfare;

namespace Velferd.Workflows.Benchmarks;

/// <summary>
/// (l) A month of Bærum-scale barnevern work (DOMAIN.md §5: 1,000–1,500 meldinger a year, 150–250 open investigations,
/// 15–25 statutory deadline events per working day) replayed on the real host's Development clock over HTTP, on
/// PostgreSQL, for issue 16. Before the month, 200 investigations are opened (started 1 December – 24 February, so the
/// December ones fall due in March); in March 2024 (Easter and the change to summer time included), 125 meldinger
/// arrive on working days, each is reviewed after 1–6 days (every 25th after 8: overdue), four in five open an
/// investigation, nine in ten get their receipt task done, and the leader concludes the backlog investigations due in
/// March before their deadline except every 12th. The clock is moved to each action's instant (<c>POST /api/dev/clock</c>:
/// the host fires every deadline step on the way at its own instant) and finally to 1 April.
/// </summary>
/// <remarks>
/// Checked from the database afterwards: every step due in the month fired once (one stimulus per deadline and step,
/// none still waiting), its lateness (the stimulus' creation minus the step's instant, both on the host's clock; target
/// at most 1 s), and <c>GET /api/kpis?pathway=P3</c> for March against the same counts done in SQL. Baseline in the same
/// run: completing one task over HTTP, beside the wall time of a clock move.
/// </remarks>
public static class MonthReplayBenchmark
{
    private static readonly TimeSpan Oslo = TimeSpan.FromHours(1);
    private static readonly DateTimeOffset MonthStart = new(2024, 3, 1, 0, 0, 0, Oslo);
    private static readonly DateTimeOffset MonthEnd = new(2024, 4, 1, 0, 0, 0, TimeSpan.FromHours(2));

    // Norwegian public holidays in March 2024 (skjærtorsdag, langfredag): no meldinger are registered on them.
    private static readonly DateOnly[] Holidays = [new(2024, 3, 28), new(2024, 3, 29)];

    public static async Task RunAsync(bool quick, CancellationToken cancellationToken)
    {
        var (backlog, meldinger) = quick ? (60, 40) : (200, 125);
        var (server, name, connectionString) = await PostgresAdmin.CreateDatabaseAsync("velferd_bench_month", cancellationToken);
        try
        {
            await using var host = new BenchmarkHost(connectionString);
            _ = host.Server;
            var replay = new Replay(
                await host.ClientForAsync("kari.prosesseier", cancellationToken),
                await host.ClientForAsync("bjorn.barnevern", cancellationToken),
                await host.ClientForAsync("berit.bvleder", cancellationToken));

            var setup = Stopwatch.StartNew();
            await replay.MoveClockAsync(new DateTimeOffset(2023, 11, 30, 12, 0, 0, Oslo), cancellationToken);
            var investigations = await replay.BacklogAsync(backlog, cancellationToken);
            await replay.MoveClockAsync(MonthStart.AddHours(-1), cancellationToken);
            setup.Stop();

            var month = Stopwatch.StartNew();
            var actions = replay.Month(meldinger, investigations);
            foreach (var action in actions.OrderBy(a => a.At))
            {
                await replay.MoveClockAsync(action.At, cancellationToken);
                await action.Run(cancellationToken);
            }

            await replay.MoveClockAsync(MonthEnd, cancellationToken);
            month.Stop();

            var steps = await FiredStepsAsync(connectionString, cancellationToken);
            var waiting = await ScalarAsync(connectionString, $"SELECT COUNT(*) FROM deadlines WHERE next_fire_at < '{MonthEnd.UtcDateTime:O}'", cancellationToken);
            var kpis = await replay.KpisAsync(cancellationToken);
            var counted = await KpiCountsAsync(connectionString, cancellationToken);
            var (complete, _) = await TaskCompletionBaseline.MeasureAsync(host, quick ? 50 : 200, cancellationToken);

            var lateness = steps.Select(s => s.LatenessMs).Order().ToList();
            var workingDays = WorkingDays().Count();
            Console.WriteLine($"(l) A month of Bærum on the clock (March 2024), PostgreSQL ({PostgresAdmin.Durability}) over HTTP: {backlog} investigations open before it, {meldinger} meldinger in it");
            Console.WriteLine($"    set up in {setup.Elapsed.TotalSeconds:0} s; the month replayed in {month.Elapsed.TotalSeconds:0} s of wall time ({replay.Moves.Count} clock moves, {actions.Count} actions, {replay.TasksNotFound} receipt tasks not found)");
            Console.WriteLine($"    deadline steps fired in the month: {steps.Count:N0} ({(double)steps.Count / workingDays:0.0} per working day over {workingDays}; DOMAIN.md §5: 15–25 deadline events)");
            Console.WriteLine($"      by step: {string.Join(", ", steps.GroupBy(s => s.Step).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}; by deadline: {string.Join(", ", steps.GroupBy(s => s.Deadline).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"))}");
            Console.WriteLine($"      fired more than once: {steps.GroupBy(s => (s.DeadlineId, s.Step)).Count(g => g.Count() > 1)}; due before 1 April and not fired: {waiting}   (target 0 and 0)");
            Console.WriteLine($"      lateness on the clock (fired − due), p50 / p99 / max: {Percentiles.Of(lateness, 50):0} / {Percentiles.Of(lateness, 99):0} / {(lateness.Count == 0 ? 0 : lateness[^1]):0} ms; over 1 s: {lateness.Count(l => l > 1000)}   (target max <= 1,000 ms)");
            Console.WriteLine($"    KPIs of P3 for March (GET /api/kpis) against counts in SQL: {string.Join(", ", counted.Select(c => $"{c.Key} {Shown(kpis, c.Key)}/{c.Value}"))}; {(counted.All(c => kpis.TryGetValue(c.Key, out var k) && k == c.Value) ? "all match" : "MISMATCH")}");
            Console.WriteLine($"    a clock move (wall time, firing what falls due), p50 / p95: {Percentiles.Of(replay.Moves, 50):0} / {Percentiles.Of(replay.Moves, 95):0} ms");
            Console.WriteLine($"    baseline: complete one task over HTTP, p50 / p95: {Percentiles.Of(complete, 50):0.0} / {Percentiles.Of(complete, 95):0.0} ms; ratio p50 move/complete: {Percentiles.Of(replay.Moves, 50) / Percentiles.Of(complete, 50):0.0}");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await PostgresAdmin.ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", cancellationToken);
        }
    }

    private static string Shown(Dictionary<string, int> kpis, string key) => kpis.TryGetValue(key, out var value) ? value.ToString(CultureInfo.InvariantCulture) : "–";

    /// <summary>The working days of March 2024 (no weekends, no public holidays).</summary>
    private static IEnumerable<DateOnly> WorkingDays() =>
        Enumerable.Range(0, 31).Select(d => new DateOnly(2024, 3, 1).AddDays(d))
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.Contains(d));

    /// <summary>Oslo wall time on <paramref name="day"/> (summer time from 31 March).</summary>
    private static DateTimeOffset At(DateOnly day, int hour, int minute = 0) =>
        new(day.Year, day.Month, day.Day, hour, minute, 0, day >= new DateOnly(2024, 3, 31) && day < new DateOnly(2024, 10, 27) ? TimeSpan.FromHours(2) : Oslo);

    /// <summary>
    /// Every deadline step fired in the month: a stimulus keyed <c>deadline/{id}/{step}/{extension}</c> made by the
    /// pump at the host's time, and the step's own instant on the deadline row.
    /// </summary>
    private static async Task<List<FiredStep>> FiredStepsAsync(string connectionString, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT d.id, d.name, split_part(s.idempotency_key, '/', 3) AS step, s.created_at,
                   CASE split_part(s.idempotency_key, '/', 3) WHEN 'Reminder' THEN d.reminder_at WHEN 'Escalation' THEN d.escalation_at ELSE d.due_at END AS step_at
            FROM stimuli s JOIN deadlines d ON d.id = split_part(s.idempotency_key, '/', 2)
            WHERE s.idempotency_key LIKE 'deadline/%' AND s.created_at >= @start AND s.created_at < @end
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("start", MonthStart.UtcDateTime);
        command.Parameters.AddWithValue("end", MonthEnd.UtcDateTime);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var steps = new List<FiredStep>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var firedAt = reader.GetFieldValue<DateTimeOffset>(3);
            var stepAt = reader.GetFieldValue<DateTimeOffset>(4);
            steps.Add(new FiredStep(reader.GetString(0), reader.GetString(1), reader.GetString(2), (firedAt - stepAt).TotalMilliseconds));
        }

        return steps;
    }

    /// <summary>The P3 KPIs for March counted directly in SQL, as DOMAIN.md §7 defines them (the host's reader not used).</summary>
    private static async Task<Dictionary<string, int>> KpiCountsAsync(string connectionString, CancellationToken cancellationToken)
    {
        var (start, end) = ($"'{MonthStart.UtcDateTime:O}'", $"'{MonthEnd.UtcDateTime:O}'");
        var received = $"SELECT id FROM welfare_reports WHERE received_at >= {start} AND received_at < {end}";
        string Deadlines(string names, string status) =>
            $"SELECT COUNT(*) FROM deadlines WHERE correlation_id IN ({received}) AND name IN ({names}) AND status = '{status}'";
        const string Review = "'vurderingsfrist'";
        const string Feedback = "'tilbakemelding_mottatt', 'tilbakemelding_konklusjon'";
        const string StartedInMarch = "start_date BETWEEN '2024-03-01' AND '2024-03-31'";

        // R-15 with R-04: concluded on or before the Oslo date three months after the start.
        const string ConcludedByDeadline = "(concluded_at AT TIME ZONE 'Europe/Oslo')::date <= start_date + interval '3 months'";
        var counts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["meldinger"] = await ScalarAsync(connectionString, $"SELECT COUNT(*) FROM ({received}) r", cancellationToken),
            ["reviewedWithin7Days"] = await ScalarAsync(connectionString, Deadlines(Review, "Met"), cancellationToken),
            ["notReviewedWithin7Days"] = await ScalarAsync(connectionString, Deadlines(Review, "Overdue"), cancellationToken),
            ["investigationsWithin3Months"] = await ScalarAsync(connectionString,
                $"SELECT COUNT(*) FROM welfare_investigations WHERE {StartedInMarch} AND concluded_at IS NOT NULL AND {ConcludedByDeadline}", cancellationToken),
            ["investigationsOverdue"] = await ScalarAsync(connectionString,
                $"SELECT COUNT(*) FROM welfare_investigations WHERE {StartedInMarch} AND ((concluded_at IS NOT NULL AND NOT {ConcludedByDeadline}) OR (concluded_at IS NULL AND start_date + interval '3 months' < '2024-04-01'))", cancellationToken),
            ["investigationsExtended"] = await ScalarAsync(connectionString,
                "SELECT COUNT(*) FROM welfare_investigations i JOIN deadlines d ON d.id = i.deadline_id WHERE i.start_date BETWEEN '2024-03-01' AND '2024-03-31' AND d.extension_count > 0", cancellationToken),
            ["feedbackWithin3Weeks"] = await ScalarAsync(connectionString, Deadlines(Feedback, "Met"), cancellationToken),
            ["feedbackLate"] = await ScalarAsync(connectionString, Deadlines(Feedback, "Overdue"), cancellationToken),
        };
        return counts;
    }

    private static async Task<int> ScalarAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private sealed record FiredStep(string DeadlineId, string Deadline, string Step, double LatenessMs);

    private sealed record Action(DateTimeOffset At, Func<CancellationToken, Task> Run);

    /// <summary>The demo users' requests: the process owner moves the clock, the caseworker registers and reviews, the leader concludes.</summary>
    private sealed class Replay(HttpClient owner, HttpClient caseworker, HttpClient leader)
    {
        private int _serial;

        public List<double> Moves { get; } = [];

        /// <summary>Receipt tasks that were not there to complete (printed: the replay does not stop for them).</summary>
        public int TasksNotFound { get; private set; }

        public async Task MoveClockAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            var watch = Stopwatch.StartNew();
            var moved = await PostAsync(owner, "/api/dev/clock", new JsonObject { ["now"] = now.ToString("O") }, cancellationToken);
            Moves.Add(watch.Elapsed.TotalMilliseconds);
            if (moved["settled"]?.GetValue<bool>() == false)
            {
                throw new InvalidOperationException($"The clock move to {now:O} did not settle.");
            }
        }

        /// <summary>Investigations opened before the month: melding received, reviewed two days later; (investigation id, its start date).</summary>
        public async Task<List<(string Id, DateOnly Start)>> BacklogAsync(int count, CancellationToken cancellationToken)
        {
            var opened = new List<(string, DateOnly)>();
            for (var i = 0; i < count; i++)
            {
                var received = new DateTimeOffset(2023, 12, 1, 9, 0, 0, Oslo).AddMinutes(i * 86.0 * 24 * 60 / count);
                await MoveClockAsync(received.AddDays(2).AddMinutes(1), cancellationToken);
                var report = await RegisterAsync(received, cancellationToken);
                var investigation = await ReviewAsync(report, "undersok", received.AddDays(2), cancellationToken);
                opened.Add((investigation!, DateOnly.FromDateTime(received.AddDays(2).DateTime)));
            }

            return opened;
        }

        /// <summary>The month's actions, each at its own instant on the clock.</summary>
        public List<Action> Month(int meldinger, List<(string Id, DateOnly Start)> backlog)
        {
            var days = WorkingDays().ToList();
            var actions = new List<Action>();
            for (var j = 0; j < meldinger; j++)
            {
                var received = At(days[j * days.Count / meldinger], 8 + (j % 8), 15);
                var index = j;
                string? report = null;
                actions.Add(new Action(received, async ct => report = await RegisterAsync(received, ct)));
                var reviewed = received.AddDays(index % 25 == 24 ? 8 : 1 + (index % 6));
                if (reviewed < MonthEnd)
                {
                    actions.Add(new Action(reviewed, async ct => await ReviewAsync(report!, index % 5 == 4 ? "henlegg" : "undersok", null, ct)));
                }

                var receipt = received.AddDays(3 + (index % 4));
                if (index % 10 != 9 && receipt < MonthEnd)
                {
                    actions.Add(new Action(receipt, async ct => await CompleteTaskAsync(report!, "Send kvittering", "Sendt", new JsonObject { ["sendt"] = true }, ct)));
                }
            }

            // The backlog's investigations due in March are concluded before their deadline, except every 12th.
            for (var i = 0; i < backlog.Count; i++)
            {
                var (id, start) = backlog[i];
                var due = start.AddMonths(3);
                if (i % 12 == 11 || due < new DateOnly(2024, 3, 1) || due > new DateOnly(2024, 3, 31))
                {
                    continue;
                }

                var at = At(due.AddDays(-(i % 10)), 13);
                if (at > MonthStart)
                {
                    actions.Add(new Action(at, ct => PostAsync(leader, $"/api/investigations/{id}/conclusion", new JsonObject { ["code"] = 1 + (i % 6), ["reason"] = "Konklusjon i benchmark." }, ct)));
                }
            }

            return actions;
        }

        public async Task<Dictionary<string, int>> KpisAsync(CancellationToken cancellationToken)
        {
            var report = (await leader.GetFromJsonAsync<JsonObject>("/api/kpis?pathway=P3&from=2024-03-01&to=2024-03-31", cancellationToken))!;
            return report["indicators"]!.AsArray().ToDictionary(i => i!["key"]!.GetValue<string>(), i => i!["count"]!.GetValue<int>(), StringComparer.Ordinal);
        }

        private async Task<string> RegisterAsync(DateTimeOffset received, CancellationToken cancellationToken)
        {
            var serial = _serial++;
            var born = new DateOnly(2010, 1, 1).AddDays(serial % 3000);
            var registered = await PostAsync(caseworker, "/api/reports", new JsonObject
            {
                ["receivedAt"] = received.ToString("O"),
                ["channel"] = "digital",
                ["reporter"] = new JsonObject { ["category"] = "offentlig", ["role"] = "skole", ["organisation"] = "Eksempel skole" },
                ["children"] = new JsonArray(new JsonObject { ["fnr"] = IdentityNumbers.Fnr(born, 300 + (serial / 3000)), ["birthDate"] = born.ToString("yyyy-MM-dd") }),
                ["text"] = $"Bekymring {serial}",
            }, cancellationToken);
            return registered["reports"]![0]!["id"]!.GetValue<string>();
        }

        // The investigation's id when one is opened.
        private async Task<string?> ReviewAsync(string report, string outcome, DateTimeOffset? decidedAt, CancellationToken cancellationToken)
        {
            var body = new JsonObject { ["outcome"] = outcome, ["reason"] = "Vurdert i benchmark." };
            if (decidedAt is { } at)
            {
                body["decidedAt"] = at.ToString("O");
            }

            return (await PostAsync(caseworker, $"/api/reports/{report}/review", body, cancellationToken))["id"]?.GetValue<string>();
        }

        private async Task CompleteTaskAsync(string caseId, string title, string outcome, JsonObject form, CancellationToken cancellationToken)
        {
            var tasks = (await caseworker.GetFromJsonAsync<JsonObject>($"/api/tasks/unclaimed?caseId={caseId}", cancellationToken))!["items"]!.AsArray();
            if (tasks.FirstOrDefault(t => t!["title"]!.GetValue<string>().Contains(title, StringComparison.Ordinal)) is not { } task)
            {
                TasksNotFound++;
                return;
            }

            var id = task["id"]!.GetValue<string>();
            await PostAsync(caseworker, $"/api/tasks/{id}/claim", new JsonObject(), cancellationToken);
            await PostAsync(caseworker, $"/api/tasks/{id}/complete", new JsonObject { ["outcome"] = outcome, ["form"] = form }, cancellationToken);
        }

        private static async Task<JsonObject> PostAsync(HttpClient client, string path, JsonObject body, CancellationToken cancellationToken)
        {
            using var response = await client.PostAsJsonAsync(path, body, cancellationToken);
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            return response.IsSuccessStatusCode
                ? (answer.Length == 0 ? new JsonObject() : JsonNode.Parse(answer)!.AsObject())
                : throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {answer}");
        }
    }
}
