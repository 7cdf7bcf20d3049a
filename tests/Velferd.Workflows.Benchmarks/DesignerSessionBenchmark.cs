using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Velferd.Workflows.Benchmarks;

/// <summary>
/// (k) Opening a second pathway in one designer session, beside a cold open, in the same browser run (issue 15): the
/// real host with the studio on Kestrel and SQLite, Debian's chromium at 1366×768. Each round starts a fresh browser
/// context (empty cache, no Studio runtime) and times, until the pathway's first step is drawn:
/// <list type="bullet">
/// <item><b>cold open</b> (the baseline): signing in on the way to P1's editor, timed from the sign-in click;</item>
/// <item><b>second pathway in the session</b>: from P1's editor, our header's «Alle forløp» and P2's row in the
/// Studio's list, all in the same document (the Studio's runtime started once), timed from the row click and from the
/// header click;</item>
/// <item><b>second pathway as a page</b>: P2's editor address loaded as a page of its own (warm cache, the runtime
/// started again), what the session saves.</item>
/// </list>
/// </summary>
public static class DesignerSessionBenchmark
{
    private const string First = "p1-en-dor-inn";
    private const string Second = "p2-tidlig-innsatsteam";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    /// <summary>Runs the rounds and prints each figure's median and range beside the cold open's.</summary>
    public static async Task RunAsync(bool quick, CancellationToken cancellationToken)
    {
        var rounds = quick ? 3 : 7;
        var file = Path.Combine(Path.GetTempPath(), $"velferd-bench-designer-session-{Guid.NewGuid():N}.db");
        var loadBefore = LoadAverage();
        try
        {
            await using var host = new BenchmarkHost($"Data Source={file}", connectionName: "Sqlite");
            host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            host.StartServer();
            var address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

            var chromium = Environment.GetEnvironmentVariable("VELFERD_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
            var cold = new List<double>();
            var fromRow = new List<double>();
            var fromHeader = new List<double>();
            var asPage = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString(), ViewportSize = new() { Width = 1366, Height = 768 } });
                context.SetDefaultTimeout(120_000);
                var page = await context.NewPageAsync();
                cold.Add(await ColdOpenAsync(page));
                var (header, row) = await SecondInSessionAsync(page);
                fromHeader.Add(header);
                fromRow.Add(row);
                if (await page.EvaluateAsync<int>("() => performance.getEntriesByType('navigation').length") != 1 || await page.EvaluateAsync<bool>("() => window.velferdRound !== 1"))
                {
                    throw new InvalidOperationException("The second pathway was opened by loading a page: the session was not kept.");
                }

                asPage.Add(await OpenAsPageAsync(page));
            }

            var loadAfter = LoadAverage();
            var baseline = Median(cold);
            Console.WriteLine($"(k) designer session, chromium 1366x768, SQLite, {rounds} rounds (each a fresh browser context), until the pathway's first step is drawn");
            Console.WriteLine($"    load average (1/5/15 min): {loadBefore} before, {loadAfter} after, {Environment.ProcessorCount} cores");
            Console.WriteLine($"    baseline: cold open of P1, from the sign-in click:        {Line(cold, baseline)}");
            Console.WriteLine($"    second pathway (P2) in the session, from the row click:    {Line(fromRow, baseline)}");
            Console.WriteLine($"      the same from the header's «Alle forløp» (list included): {Line(fromHeader, baseline)}");
            Console.WriteLine($"    second pathway (P2) as a page of its own (warm cache):     {Line(asPage, baseline)}");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }
        }
    }

    // Signs in on the way to P1's editor (the page sends the user to the sign-in form first).
    private static async Task<double> ColdOpenAsync(IPage page)
    {
        await page.GotoAsync($"/designer/definitions/{First}");
        await page.Locator("input[name=userName]").FillAsync("kari.prosesseier");
        await page.Locator("input[name=password]").FillAsync("demo");
        var watch = Stopwatch.StartNew();
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync(FirstStepOf(First));
        return watch.Elapsed.TotalMilliseconds;
    }

    // From the editor to the list by our header, then P2's row; a mark on the window shows no page was loaded.
    private static async Task<(double FromHeader, double FromRow)> SecondInSessionAsync(IPage page)
    {
        await page.EvaluateAsync("() => { window.velferdRound = 1; }");
        var header = Stopwatch.StartNew();
        await page.Locator(".velferd-bar").GetByRole(AriaRole.Link, new() { Name = "Alle forløp" }).ClickAsync();
        var row = page.Locator("elsa-workflow-definition-list tr", new() { HasText = Second }).Locator("td").Nth(2);
        await row.WaitForAsync();
        var fromRow = Stopwatch.StartNew();
        await row.ClickAsync();
        await page.WaitForSelectorAsync(FirstStepOf(Second));
        return (header.Elapsed.TotalMilliseconds, fromRow.Elapsed.TotalMilliseconds);
    }

    private static async Task<double> OpenAsPageAsync(IPage page)
    {
        var watch = Stopwatch.StartNew();
        await page.GotoAsync($"/designer/definitions/{Second}");
        await page.WaitForSelectorAsync(FirstStepOf(Second));
        return watch.Elapsed.TotalMilliseconds;
    }

    private static string FirstStepOf(string definitionId) => $"elsa-workflow-definition-editor[definition-id={definitionId}] g.x6-node";

    private static double Median(List<double> values) => Percentiles.Of(values, 50);

    private static string Line(List<double> values, double baseline) =>
        string.Create(CultureInfo.InvariantCulture, $"median {Median(values) / 1000,5:0.00} s ({values.Min() / 1000:0.00}–{values.Max() / 1000:0.00} s), ratio to the cold open {Median(values) / baseline:0.00}");

    // The machine's load while measuring: other work on the two cores moves the absolute figures, not the ratios.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
