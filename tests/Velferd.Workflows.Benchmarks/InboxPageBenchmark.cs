using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;

namespace Velferd.Workflows.Benchmarks;

/// <summary>
/// (i) The studio's inbox page at scale: 100,000 open tasks on PostgreSQL (50 teams, 1,000 users; the demo caseworker
/// Ola holds 142 of them), the real host with the studio in-process on Kestrel, and Debian's chromium at 1366×768.
/// Each load navigates to <c>/innboks</c> and stops when the page is interactive (the circuit is live) and shows its
/// first 50 rows; the time is the browser's own, from navigation start. Baseline in the same run: the bare
/// <c>GET /api/tasks/mine</c> call the page makes, over HTTP with Ola's token.
/// </summary>
public static class InboxPageBenchmark
{
    /// <summary>The data-generation statement (also quoted in docs/benchmarks.md).</summary>
    public const string GenerateSql = """
        INSERT INTO human_tasks (id, workflow_instance_id, bookmark_id, activity_id, definition_id, correlation_id, title,
            fields_json, outcomes_json, candidate_team, assigned_to, priority, priority_order, due_at, due_order, status,
            created_at, updated_at, version)
        SELECT lpad(to_hex(g), 32, '0'), 'i' || g, 'b' || g, 'oppgave', 'p1-en-dor-inn', 'sak-' || (g % 40000), 'Vurder saken ' || g,
            '[]', '["Godkjent","Avvist"]',
            CASE WHEN g % 700 = 0 OR g % 50 = 0 THEN 'tit-sentrum' ELSE 'team-' || (g % 50) END,
            CASE WHEN g % 700 = 0 THEN 'ola.saksbehandler' WHEN g % 3 = 0 THEN NULL ELSE 'user-' || (g % 1000) END,
            'Normal', 2, now() + ((g % 60) - 20) * interval '1 day', now() + ((g % 60) - 20) * interval '1 day',
            CASE WHEN g % 700 <> 0 AND g % 3 = 0 THEN 'Open' ELSE 'Claimed' END, now() - interval '30 days', now(), 2
        FROM generate_series(1, 100000) AS g;
        ANALYZE human_tasks;
        """;

    private const string Ready = """
        () => document.querySelector('.mud-layout[data-interactive=true]') !== null
            && document.querySelectorAll('tr[data-task-id]').length >= 50
            ? [performance.now(), performance.getEntriesByType('navigation')[0].responseEnd, performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd]
            : false
        """;

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    /// <summary>Runs the measurement and prints p50 and p95 of both.</summary>
    public static async Task RunAsync(bool quick, CancellationToken cancellationToken)
    {
        var loads = quick ? 30 : 100;
        var server = Environment.GetEnvironmentVariable("VELFERD_TEST_POSTGRES")!;
        var name = $"velferd_bench_inbox_page_{Guid.NewGuid():N}";
        await PostgresAdmin.ExecuteAsync(server, $"CREATE DATABASE \"{name}\"", cancellationToken);
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        try
        {
            await using var host = new BenchmarkHost(connectionString);
            host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            host.StartServer();
            var address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            var load = Stopwatch.StartNew();
            await PostgresAdmin.ExecuteAsync(connectionString, GenerateSql, cancellationToken);
            load.Stop();

            var chromium = Environment.GetEnvironmentVariable("VELFERD_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString(), ViewportSize = new() { Width = 1366, Height = 768 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync("/logg-inn");
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Ola Saksbehandler") }).ClickAsync();
            await page.WaitForURLAsync(new Uri(address, "/innboks").ToString());

            var pageTimes = new List<double>();
            var htmlTimes = new List<double>();
            var parsedTimes = new List<double>();
            for (var i = 0; i < loads + 5; i++)
            {
                await page.GotoAsync("/innboks", new() { WaitUntil = WaitUntilState.Commit });
                var ready = await page.WaitForFunctionAsync(Ready, null, new() { PollingInterval = 5, Timeout = 60_000 });
                if (i >= 5)
                {
                    var times = await ready.JsonValueAsync<double[]>();
                    pageTimes.Add(times[0]);
                    htmlTimes.Add(times[1]);
                    parsedTimes.Add(times[2]);
                }
            }

            var rows = await page.Locator("tr[data-task-id]").CountAsync();
            using var ola = await host.ClientForAsync("ola.saksbehandler", cancellationToken);
            var apiTimes = new List<double>();
            for (var i = 0; i < loads + 5; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await ola.GetAsync("/api/tasks/mine?pageSize=50&sort=Due", cancellationToken);
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                response.EnsureSuccessStatusCode();
                if (i >= 5)
                {
                    apiTimes.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            Console.WriteLine($"(i) Studio inbox page in chromium at 1366x768, PostgreSQL ({PostgresAdmin.Durability}): 100,000 open tasks (generated in {load.Elapsed.TotalSeconds:0.0} s), {rows} rows shown");
            Console.WriteLine($"    {loads} loads of /innboks, from navigation start to interactive with the first 50 rows; p50 / p95 in ms");
            Console.WriteLine($"    inbox page:                       {Percentiles.Of(pageTimes, 50),7:0.0} / {Percentiles.Of(pageTimes, 95),7:0.0}   (target p95 <= 1000)");
            Console.WriteLine($"      of which the prerendered HTML with the rows: {Percentiles.Of(htmlTimes, 50),7:0.0} / {Percentiles.Of(htmlTimes, 95),7:0.0}, parsed (DOMContentLoaded): {Percentiles.Of(parsedTimes, 50):0.0} / {Percentiles.Of(parsedTimes, 95):0.0}");
            Console.WriteLine($"    baseline: GET /api/tasks/mine:    {Percentiles.Of(apiTimes, 50),7:0.0} / {Percentiles.Of(apiTimes, 95),7:0.0}");
            Console.WriteLine($"    ratio p95 page/API: {Percentiles.Of(pageTimes, 95) / Percentiles.Of(apiTimes, 95):0.0}");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await PostgresAdmin.ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
        }
    }
}
