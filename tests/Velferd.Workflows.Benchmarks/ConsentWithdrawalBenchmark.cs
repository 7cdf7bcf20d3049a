using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Velferd.Workflows.Testing.Welfare;

namespace Velferd.Workflows.Benchmarks;

/// <summary>
/// (f) Consent withdrawal (R-31 "within one minute", issue 13's figure) on PostgreSQL through the real host over HTTP:
/// 1,000 open TIT cases, each with a consent; 50 of them also have a planned meeting that rests on it. Each of those 50
/// consents is withdrawn in full, one after another, timing <c>POST /api/consents/{id}/withdraw</c> from the request
/// until its answer, which comes after the meeting is cancelled (invitees told «avlyst») and the case ended
/// <c>AVSLUTTET_SAMTYKKE_TRUKKET</c> (access resting on it is gone: the status rules read the withdrawal at once).
/// Checked afterwards, not timed. Baseline in the same run: completing one user task over HTTP.
/// </summary>
public static class ConsentWithdrawalBenchmark
{
    private const int Cases = 1000;
    private const int RelyingOnConsent = 50;

    public static async Task RunAsync(bool quick, CancellationToken cancellationToken)
    {
        var cases = quick ? 200 : Cases;
        var server = Environment.GetEnvironmentVariable("VELFERD_TEST_POSTGRES")!;
        var name = $"velferd_bench_withdrawal_{Guid.NewGuid():N}";
        await PostgresAdmin.ExecuteAsync(server, $"CREATE DATABASE \"{name}\"", cancellationToken);
        try
        {
            await using var host = new BenchmarkHost(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
            _ = host.Server;
            var tone = await host.ClientForAsync("tone.koordinator", cancellationToken);
            var setup = Stopwatch.StartNew();
            var relying = new List<(string CaseId, string ConsentId, string MeetingId)>();
            var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
            for (var i = 0; i < cases; i++)
            {
                var (caseId, consentId) = await CaseWithConsentAsync(tone, i, today, cancellationToken);
                if (i % (cases / RelyingOnConsent) == 0 && relying.Count < RelyingOnConsent)
                {
                    relying.Add((caseId, consentId, await MeetingAsync(tone, caseId, cancellationToken)));
                }
            }

            setup.Stop();
            var withdrawals = new List<double>();
            foreach (var (_, consentId, _) in relying)
            {
                var watch = Stopwatch.StartNew();
                using var response = await tone.PostAsJsonAsync($"/api/consents/{consentId}/withdraw", new { via = "idporten" }, cancellationToken);
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                watch.Stop();
                response.EnsureSuccessStatusCode();
                withdrawals.Add(watch.Elapsed.TotalMilliseconds);
            }

            await CheckEffectsAsync(tone, relying, cancellationToken);
            var (complete, _) = await TaskCompletionBaseline.MeasureAsync(host, quick ? 50 : 200, cancellationToken);

            Console.WriteLine($"(f) Consent withdrawal, PostgreSQL over HTTP: {cases:N0} open cases, {relying.Count} with a meeting resting on the consent (set up in {setup.Elapsed.TotalSeconds:0} s)");
            Console.WriteLine($"    withdraw until meeting cancelled and case ended, p50 / p95 / max: {Percentiles.Of(withdrawals, 50):0.0} / {Percentiles.Of(withdrawals, 95):0.0} / {withdrawals.Max():0.0} ms   (target p95 <= 1,000 ms)");
            Console.WriteLine($"    baseline: complete one task over HTTP, p50 / p95: {Percentiles.Of(complete, 50):0.0} / {Percentiles.Of(complete, 95):0.0} ms");
            Console.WriteLine($"    ratio p95 withdraw/complete: {Percentiles.Of(withdrawals, 95) / Percentiles.Of(complete, 95):0.00}");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await PostgresAdmin.ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", cancellationToken);
        }
    }

    private static async Task<(string CaseId, string ConsentId)> CaseWithConsentAsync(HttpClient tone, int i, DateOnly today, CancellationToken cancellationToken)
    {
        var born = new DateOnly(2016, 1, 1).AddDays(i % 1500);
        var mother = IdentityNumbers.Fnr(new DateOnly(1985, 1, 1).AddDays(i % 3000), 100 + (i / 3000));
        var created = await PostAsync(tone, "/api/cases", new JsonObject
        {
            ["kind"] = "BTI",
            ["team"] = "tit-sentrum",
            ["level"] = 2,
            ["child"] = new JsonObject { ["fnr"] = IdentityNumbers.Fnr(born, 200 + (i / 1500)), ["birthDate"] = born.ToString("yyyy-MM-dd") },
            ["guardians"] = new JsonArray(new JsonObject { ["fnr"] = mother }),
            ["question"] = $"Benchmark {i}",
        }, cancellationToken);
        var caseId = created["id"]!.GetValue<string>();
        var consent = await PostAsync(tone, $"/api/cases/{caseId}/consents", new JsonObject
        {
            ["signers"] = new JsonArray(new JsonObject { ["person"] = new JsonObject { ["fnr"] = mother }, ["capacity"] = "forelder" }),
            ["services"] = new JsonArray("ppt", "helse"),
            ["categories"] = new JsonArray("skole", "helse"),
            ["purpose"] = "Drøfting i tidlig innsatsteam",
            ["validFrom"] = today.ToString("yyyy-MM-dd"),
            ["method"] = "skannet",
            ["childView"] = "Jeg vil at de snakker sammen.",
        }, cancellationToken);
        return (caseId, consent["id"]!.GetValue<string>());
    }

    private static async Task<string> MeetingAsync(HttpClient tone, string caseId, CancellationToken cancellationToken) =>
        (await PostAsync(tone, $"/api/cases/{caseId}/meetings", new JsonObject
        {
            ["at"] = TimeProvider.System.GetUtcNow().AddDays(7).ToString("O"),
            ["services"] = new JsonArray("ppt", "helse"),
            ["categories"] = new JsonArray("skole"),
            ["participants"] = new JsonArray(new JsonObject { ["user"] = "petra.ppt", ["service"] = "ppt" }),
        }, cancellationToken))["id"]!.GetValue<string>();

    /// <summary>Fails the run unless every withdrawal cancelled its meeting and ended its case.</summary>
    private static async Task CheckEffectsAsync(HttpClient tone, List<(string CaseId, string ConsentId, string MeetingId)> relying, CancellationToken cancellationToken)
    {
        foreach (var (caseId, _, meetingId) in relying)
        {
            var meeting = (await tone.GetFromJsonAsync<JsonObject>($"/api/meetings/{meetingId}", cancellationToken))!;
            var subject = (await tone.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}", cancellationToken))!;
            if (meeting["status"]!.GetValue<string>() != "avlyst" || subject["endCode"]?.GetValue<string>() != "AVSLUTTET_SAMTYKKE_TRUKKET")
            {
                throw new InvalidOperationException($"Withdrawal on case {caseId} did not cancel the meeting and end the case.");
            }
        }
    }

    private static async Task<JsonObject> PostAsync(HttpClient client, string path, JsonObject body, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync(path, body, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? JsonNode.Parse(answer)!.AsObject()
            : throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {answer}");
    }
}
