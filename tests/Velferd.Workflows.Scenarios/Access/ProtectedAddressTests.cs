using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Databases;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Welfare.TeamWorkApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Access;

/// <summary>
/// R-63: a strictly confidential address never leaves the host. Folkeregisteret (the simulator) gives the mother's home
/// address with her protection; a full run of her child's case (registration, the registry lookup, consent, members,
/// stafettlogg, the case list, timeline, instances and the designer's views, tasks, deadlines, notifications, a meeting's
/// invitation and «avlyst» letters, a decision letter, the audit log and its CSV export, the KPIs and their CSV export,
/// instance exports) is scanned: every HTTP answer the users got, the log at Debug, the stored outgoing messages, every
/// request the host sent to an outside service (the print path included) and the whole database file. Every letter to
/// her has no mailbox to go to and is blocked before print with «manuell håndtering påkrevd»; the protection itself acts
/// at once, and every view of her case is audited with its purpose.
/// </summary>
public sealed class ProtectedAddressTests
{
    private const string Purpose = "Kartlegging av behov";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StrictlyConfidentialMother_FullScenarioRun_HerAddressIsInNoAnswerExportLogOrStoredMessage()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var logs = new CollectingLogSink();
        var sent = new AnswerRecorder();
        await using var host = new WorkflowHostFactory(database, settings: new Dictionary<string, string>
        {
            ["Welfare:LookUpNewCasePersons"] = "true",
            ["Serilog:MinimumLevel:Default"] = "Debug",
        }).WithWebHostBuilder(b => b.ConfigureServices(services => services
            .AddSingleton<ILogEventSink>(logs)
            .ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler(() => new OutgoingRecording(sent)))));
        var answers = new AnswerRecorder();
        var registry = await (await host.ClientForAsync("admin")).GetStringAsync($"/simulator/folkeregisteret/api/v1/personer/{TestPersons.StrictlyConfidential}", Ct);
        var tone = await RecordedClientAsync(host, answers, "tone.koordinator");
        var ola = await RecordedClientAsync(host, answers, "ola.saksbehandler");
        var lise = await RecordedClientAsync(host, answers, "lise.leder");
        var admin = await RecordedClientAsync(host, answers, "admin");
        var petra = await RecordedClientAsync(host, answers, "petra.ppt");
        var mother = new JsonObject { ["fnr"] = TestPersons.StrictlyConfidential };
        var father = new JsonObject { ["fnr"] = TestPersons.ReservedFather };

        var caseId = (await CreateAsync(tone, TitCase(PersonAged(TimeProvider.System, 7), mother, father)))["id"]!.GetValue<string>();
        var found = await LookedUpAsync(host, tone, caseId);
        await ConsentAsync(tone, caseId, Consent(TimeProvider.System, "Jeg vil ha hjelp på skolen.", (mother, "forelder"), (father, "forelder")));
        var letters = await WriteToTheFamilyAsync(host, tone, caseId, PersonId(found, TestPersons.StrictlyConfidential));
        await RunTheCaseAsync(tone, ola, lise, admin, caseId);
        await KeepTheStafettloggAsync(tone, petra, caseId);

        Assert.Contains(TestPersons.StrictlyConfidentialStreet, registry, StringComparison.Ordinal);
        Assert.Equal("strengtFortrolig", found["guardians"]![0]!["addressProtection"]!.GetValue<string>());
        Assert.True(answers.Count > 25, $"only {answers.Count} answers were scanned");
        Assert.DoesNotContain(answers.Bodies, HasAddress);
        Assert.DoesNotContain(logs.Lines, HasAddress);
        Assert.Contains(logs.Lines, line => line.Contains("folkeregister", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(await StoredMessagesAsync(host), HasAddress);
        Assert.DoesNotContain(sent.Bodies, HasAddress);
        var toHer = letters.Where(l => l["recipientRef"]!.GetValue<string>() == PersonId(found, TestPersons.StrictlyConfidential)).ToList();
        Assert.Equal(["avlysning", "innkalling", "vedtak"], toHer.Select(l => l["kind"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(toHer, l => Assert.Equal(("blocked", "stoppet", "manuell håndtering påkrevd"), (l["channel"]!.GetValue<string>(), l["status"]!.GetValue<string>(), l["reason"]!.GetValue<string>())));
        Assert.Contains(letters, l => l["channel"]!.GetValue<string>() == "print" && l["status"]!.GetValue<string>() == "sendt");
        var shipments = sent.Bodies.Where(b => b.Contains("/digitalpost/", StringComparison.Ordinal)).ToList();
        Assert.Contains(shipments, b => b.Contains("\"PRINT\"", StringComparison.Ordinal));
        Assert.DoesNotContain(shipments, b => b.Contains(TestPersons.StrictlyConfidential, StringComparison.Ordinal));
        Assert.False(await DatabaseHoldsAsync(database), "the address is stored in the database");
        var views = (await lise.GetFromJsonAsync<JsonArray>($"/api/audit?caseId={caseId}", Ct))!
            .Where(r => r!["route"]!.GetValue<string>() == "GET /api/cases/{caseId}").ToList();
        Assert.NotEmpty(views);
        Assert.All(views, v => Assert.False(string.IsNullOrWhiteSpace(v!["purpose"]!.GetValue<string>())));
        Assert.Contains(views, v => v!["purpose"]!.GetValue<string>() == Purpose && v["user"]!.GetValue<string>() == "tone.koordinator");
        var letterViews = (await lise.GetFromJsonAsync<JsonArray>($"/api/audit?caseId={caseId}", Ct))!
            .Where(r => r!["route"]!.GetValue<string>() == "GET /api/cases/{caseId}/letters/").ToList();
        Assert.NotEmpty(letterViews);
        Assert.All(letterViews, v => Assert.Equal((Purpose, "read"), (v!["purpose"]!.GetValue<string>(), v["action"]!.GetValue<string>())));
    }

    [Fact]
    public async Task AddressTypedIntoTheCase_OnceTheMotherIsStrictlyConfidential_EveryFreeTextAnswerHidesIt()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new WorkflowHostFactory(database, settings: new Dictionary<string, string> { ["Welfare:LookUpNewCasePersons"] = "true" });
        var mother = new JsonObject { ["fnr"] = TestPersons.StrictlyConfidential };
        const string Typed = "Skjulestien 13 B, 3442 HYGGEN";

        // The caller types the address before anyone knows it is protected: the registry answers after the case exists.
        var body = TitCase(PersonAged(TimeProvider.System, 9), mother);
        body["question"] = $"Mor bor i {Typed}. Gutten sover dårlig.";
        var unrecorded = await host.ClientForAsync("tone.koordinator");
        var caseId = (await CreateAsync(unrecorded, body))["id"]!.GetValue<string>();
        await LookedUpAsync(host, unrecorded, caseId);

        // From the moment the registry has answered, no answer carries it.
        var answers = new AnswerRecorder();
        var tone = await RecordedClientAsync(host, answers, "tone.koordinator");
        var petra = await RecordedClientAsync(host, answers, "petra.ppt");
        var consent = await ConsentAsync(tone, caseId, Consent(TimeProvider.System, $"Jeg vil bo hos mamma i {Typed}.", (mother, "forelder")));
        Assert.True((await tone.PostAsJsonAsync($"/api/cases/{caseId}/members", new { user = "petra.ppt", service = "ppt" }, Ct)).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Created, (await petra.PostAsJsonAsync($"/api/cases/{caseId}/stafettlogg", new { kind = "goal", text = $"Trygg skolevei fra {Typed}" }, Ct)).StatusCode);

        var found = (await tone.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}", Ct))!;
        foreach (var path in new[] { $"/api/cases/{caseId}/timeline", $"/api/cases/{caseId}/consents", "/api/cases" })
        {
            Assert.True((await tone.GetAsync(path, Ct)).IsSuccessStatusCode, path);
        }

        var log = (await petra.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/stafettlogg", Ct))!;
        Assert.Equal("Mor bor i [adresse skjult], [adresse skjult]. Gutten sover dårlig.", found["question"]!.GetValue<string>());
        Assert.Equal("Jeg vil bo hos mamma i [adresse skjult], [adresse skjult].", consent["childView"]!.GetValue<string>());
        Assert.Contains(log, e => e!["text"]!.GetValue<string>() == "Trygg skolevei fra [adresse skjult], [adresse skjult]");
        Assert.DoesNotContain(answers.Bodies, HasAddress);
    }

    // A meeting with both parents invited, a decision to the mother, the meeting cancelled: five letters, each sent (or
    // stopped) through the outbox with the channel chosen just before sending; then every view of them and the exports.
    private static async Task<List<JsonObject>> WriteToTheFamilyAsync(WebApplicationFactory<Program> host, HttpClient tone, string caseId, string motherId)
    {
        var scheduled = await tone.PostAsJsonAsync($"/api/cases/{caseId}/meetings", Meeting(TimeProvider.System.GetUtcNow().AddDays(7), ["ppt", "helse"], ["skole", "helse"]), Ct);
        Assert.Equal(HttpStatusCode.Created, scheduled.StatusCode);
        var meetingId = (await scheduled.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
        var decision = await tone.PostAsJsonAsync($"/api/cases/{caseId}/letters", new
        {
            personId = motherId, kind = "vedtak", title = "Vedtak om tiltak", body = "Dere får tilbud om foreldreveiledning.",
            reasons = "Tiltaket svarer på behovene som ble kartlagt.", appealInformation = "Dere kan klage innen tre uker.",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, decision.StatusCode);
        await BackgroundWork.WaitUntilSettledAsync(host, TimeSpan.FromSeconds(30));
        Assert.True((await tone.PostAsJsonAsync($"/api/meetings/{meetingId}/cancel", new { reason = "Sykdom" }, Ct)).IsSuccessStatusCode);
        await BackgroundWork.WaitUntilSettledAsync(host, TimeSpan.FromSeconds(30));

        foreach (var path in new[] { $"/api/cases/{caseId}/meetings", $"/api/meetings/{meetingId}", $"/api/cases/{caseId}/letters" })
        {
            Assert.True((await tone.GetAsync(path, Ct)).IsSuccessStatusCode, path);
        }

        // One task for the team per stopped letter, so a person sends it by hand.
        var manual = (await PathwayApi.OpenTasksAsync(tone, caseId)).Where(t => t["title"]!.GetValue<string>().StartsWith("Manuell håndtering påkrevd", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, manual.Count);
        foreach (var task in manual)
        {
            Assert.True((await tone.GetAsync($"/api/tasks/{task["id"]!.GetValue<string>()}", Ct)).IsSuccessStatusCode);
        }

        return [.. (await tone.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/letters", Ct))!.Select(l => l!.AsObject())];
    }

    private static string PersonId(JsonObject found, string number) =>
        found["guardians"]!.AsArray().Single(g => g!["fnr"]?.GetValue<string>() == number)!["id"]!.GetValue<string>();

    // Everything a case of the mother goes through that answers case data, by the users who would do it.
    private static async Task RunTheCaseAsync(HttpClient tone, HttpClient ola, HttpClient lise, HttpClient admin, string caseId)
    {
        var reads = new List<string>
        {
            $"/api/cases/{caseId}", $"/api/cases/{caseId}/timeline", $"/api/cases/{caseId}/consents", $"/api/cases/{caseId}/consent",
            $"/api/cases/{caseId}/handovers", $"/api/cases?q={TestPersons.StrictlyConfidential}", "/api/cases", $"/api/instances?correlationId={caseId}",
            $"/api/deadlines?correlationId={caseId}", "/api/tasks/unclaimed", "/api/tasks/mine", "/api/tasks/counts", "/api/notifications",
        };
        foreach (var path in reads)
        {
            Assert.True((await tone.GetAsync(path, Ct)).IsSuccessStatusCode, path);
        }

        var instances = (await ola.GetFromJsonAsync<JsonObject>($"/api/instances?correlationId={caseId}", Ct))!["items"]!.AsArray();
        Assert.NotEmpty(instances);
        foreach (var id in instances.Select(i => i!["id"]!.GetValue<string>()))
        {
            foreach (var path in new[] { $"/api/instances/{id}", $"/elsa/api/workflow-instances/{id}", $"/elsa/api/workflow-instances/{id}/variables", $"/elsa/api/workflow-instances/{id}/execution-state" })
            {
                Assert.True((await ola.GetAsync(path, Ct)).IsSuccessStatusCode, path);
            }

            Assert.True((await ola.PostAsJsonAsync($"/elsa/api/workflow-instances/{id}/journal", new { }, Ct)).IsSuccessStatusCode);
            Assert.True((await lise.GetAsync($"/elsa/api/workflow-instances/{id}/export", Ct)).IsSuccessStatusCode);
        }

        foreach (var task in (await tone.GetFromJsonAsync<JsonObject>("/api/tasks/unclaimed", Ct))!["items"]!.AsArray())
        {
            Assert.True((await tone.GetAsync($"/api/tasks/{task!["id"]!.GetValue<string>()}", Ct)).IsSuccessStatusCode);
        }

        var thisYear = TimeProvider.System.GetUtcNow().Year;
        var year = $"from={thisYear}-01-01&to={thisYear}-12-31";
        foreach (var path in new[] { $"/api/audit?caseId={caseId}", $"/api/audit/export?caseId={caseId}", "/api/break-glass", $"/api/kpis?pathway=P3&{year}", $"/api/kpis/export?pathway=P6&{year}" })
        {
            Assert.True((await lise.GetAsync(path, Ct)).IsSuccessStatusCode, path);
        }

        var ids = new JsonArray([.. instances.Select(i => (JsonNode)i!["id"]!.GetValue<string>())]);
        Assert.True((await lise.PostAsJsonAsync("/elsa/api/bulk-actions/export/workflow-instances", new JsonObject { ["ids"] = ids }, Ct)).IsSuccessStatusCode);

        Assert.True((await admin.GetAsync("/api/audit/export", Ct)).IsSuccessStatusCode);
        Assert.True((await admin.GetAsync($"/api/cases/{caseId}", Ct)).IsSuccessStatusCode);
    }

    private static async Task KeepTheStafettloggAsync(HttpClient tone, HttpClient petra, string caseId)
    {
        Assert.True((await tone.PostAsJsonAsync($"/api/cases/{caseId}/members", new { user = "petra.ppt", service = "ppt" }, Ct)).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Created, (await petra.PostAsJsonAsync($"/api/cases/{caseId}/stafettlogg", new { kind = "goal", text = "Trygg skolevei" }, Ct)).StatusCode);
        Assert.True((await petra.GetAsync($"/api/cases/{caseId}/stafettlogg", Ct)).IsSuccessStatusCode);
        Assert.True((await petra.GetAsync($"/api/cases/{caseId}", Ct)).IsSuccessStatusCode);
    }

    private static bool HasAddress(string text) =>
        text.Contains("Skjulestien", StringComparison.OrdinalIgnoreCase) || text.Contains("HYGGEN", StringComparison.Ordinal);

    private static async Task<JsonObject> LookedUpAsync(WebApplicationFactory<Program> host, HttpClient client, string caseId)
    {
        JsonObject? found = null;
        await BackgroundWork.WaitUntilAsync(host, async () =>
        {
            found = (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}", Ct))!;
            return found["guardians"]!.AsArray().All(g => g!["registry"]!.GetValue<string>() != "venter")
                && found["child"]!["registry"]!.GetValue<string>() != "venter";
        });
        await BackgroundWork.WaitUntilIdleAsync(host, TimeSpan.FromSeconds(30));
        return found!;
    }

    // Every outbox message as stored (payload, error), so a message to or about her is scanned whatever its service.
    private static async Task<List<string>> StoredMessagesAsync(WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().OutboxMessages.AsNoTracking().ToListAsync(Ct);
        Assert.Contains(rows, r => r.Service.Contains("olkeregister", StringComparison.OrdinalIgnoreCase));
        return [.. rows.Select(r => JsonSerializer.Serialize(r))];
    }

    // The database file and its write-ahead log, byte for byte: not in any table, not in a freed page.
    private static async Task<bool> DatabaseHoldsAsync(TestDatabase database)
    {
        var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        var street = Encoding.UTF8.GetBytes("Skjulestien");
        foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, Ct);
            if (copy.ToArray().AsSpan().IndexOf(street) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<HttpClient> RecordedClientAsync(WebApplicationFactory<Program> host, AnswerRecorder answers, string userName)
    {
        var client = host.CreateDefaultClient(new Recording(answers));
        var token = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = "demo" }, Ct);
        token.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<JsonObject>(Ct))!["accessToken"]!.GetValue<string>());
        client.DefaultRequestHeaders.Add("X-Purpose", Purpose);
        return client;
    }

    // The body (and headers) of every answer the users' clients got.
    private sealed class AnswerRecorder
    {
        private readonly List<string> _bodies = [];

        public int Count => Bodies.Count;

        public IReadOnlyList<string> Bodies
        {
            get
            {
                lock (_bodies)
                {
                    return [.. _bodies];
                }
            }
        }

        public void Add(string answer)
        {
            lock (_bodies)
            {
                _bodies.Add(answer);
            }
        }
    }

    // Every request the host sends to an outside service (Folkeregisteret, KRR, digital post and its print, the archive):
    // its address and body, as it leaves the host.
    private sealed class OutgoingRecording(AnswerRecorder sent) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            sent.Add($"{request.Method} {request.RequestUri} {body}");
            return await base.SendAsync(request, cancellationToken);
        }
    }

    // One per client (a handler belongs to one pipeline), all keeping to one recorder.
    private sealed class Recording(AnswerRecorder answers) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var type = response.Content.Headers.ContentType;
            response.Content = new StringContent(body, Encoding.UTF8);
            response.Content.Headers.ContentType = type;
            answers.Add($"{response.Headers} {body}");
            return response;
        }
    }
}
