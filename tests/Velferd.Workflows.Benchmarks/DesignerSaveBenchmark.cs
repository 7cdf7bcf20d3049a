using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Benchmarks;

/// <summary>
/// (c) The designer's auto-save of a 200-activity definition, measured on the server: the real host in-process on
/// SQLite, <c>POST /elsa/api/workflow-definitions</c> exactly as Elsa Studio sends it (full model, publish false),
/// each save changing one input. Baseline in the same run: reading the same definition back
/// (<c>GET by-definition-id</c>), which crosses the same pipeline with the same JSON size but writes nothing.
/// </summary>
public static class DesignerSaveBenchmark
{
    /// <summary>Runs the measurement and prints p50, p95 and max for both.</summary>
    public static async Task RunAsync(bool quick, CancellationToken cancellationToken)
    {
        var file = Path.Combine(Path.GetTempPath(), $"velferd-bench-designer-{Guid.NewGuid():N}.db");
        HostFactory.SetContentRoot();
        await using var host = new HostFactory($"Data Source={file}");
        using var client = host.CreateClient();
        var token = (await (await client.PostAsJsonAsync("/api/auth/token", new { userName = "kari.prosesseier", password = "demo" }, cancellationToken))
            .Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        const string definitionId = "stort-forlop";
        var model = LargeFlowchart.Build(definitionId, 200);
        var rounds = quick ? 60 : 300;
        var saves = new List<double>();
        var reads = new List<double>();
        for (var i = 0; i < rounds + 20; i++)
        {
            model["root"]!["activities"]![1]!["text"] = Expr.Literal($"Endring {i}");
            var body = new JsonObject { ["model"] = model.DeepClone(), ["publish"] = false }.ToJsonString();
            var watch = Stopwatch.StartNew();
            using (var response = await client.PostAsync("/elsa/api/workflow-definitions", new StringContent(body, Encoding.UTF8, "application/json"), cancellationToken))
            {
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                response.EnsureSuccessStatusCode();
            }

            var saved = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            using (var response = await client.GetAsync($"/elsa/api/workflow-definitions/by-definition-id/{definitionId}?versionOptions=Latest", cancellationToken))
            {
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                response.EnsureSuccessStatusCode();
            }

            if (i >= 20)
            {
                saves.Add(saved);
                reads.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine($"(c) designer auto-save, 200 activities ({Encoding.UTF8.GetByteCount(model.ToJsonString()):N0} bytes of model), SQLite, {rounds} saves");
        Console.WriteLine($"    save:     p50 {Percentiles.Of(saves, 50):F1} ms  p95 {Percentiles.Of(saves, 95):F1} ms  max {saves.Max():F1} ms   (target p95 <= 100 ms)");
        Console.WriteLine($"    baseline: p50 {Percentiles.Of(reads, 50):F1} ms  p95 {Percentiles.Of(reads, 95):F1} ms  (GET of the same definition)");
        Console.WriteLine($"    ratio save/read at p95: {Percentiles.Of(saves, 95) / Percentiles.Of(reads, 95):F2}");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(file + suffix);
        }
    }

    private sealed class HostFactory(string connectionString) : WebApplicationFactory<Velferd.Workflows.Host.Auth.TokenIssuer>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseContentRoot(HostDirectory());
            builder.UseSetting("ConnectionStrings:Sqlite", connectionString);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }

        /// <summary>The host project folder; WebApplicationFactory reads it from this variable outside a test project.</summary>
        public static void SetContentRoot() =>
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_VELFERD_WORKFLOWS_HOST", HostDirectory());

        private static string HostDirectory()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Velferd.Workflows.sln")))
                {
                    return Path.Combine(directory.FullName, "host", "Velferd.Workflows.Host");
                }
            }

            throw new InvalidOperationException("Run the benchmarks from the repository.");
        }
    }
}
