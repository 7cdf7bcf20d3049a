using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.Audit;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Welfare.Audit;
using Velferd.Workflows.Welfare.Cases;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Access;

/// <summary>
/// The audit log over HTTP: one row for every answered read and write of case data, with who, role, service,
/// case, person, action and purpose; none for refused or invalid requests; readable by the leader of a case he sees
/// and by the administrator, as JSON and CSV; append-only in the database itself.
/// </summary>
public abstract class AuditTests(HostFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TimeProvider Clock => TimeProvider.System;

    [Fact]
    public async Task ScenarioRun_EveryAnsweredCaseDataRequest_AppendsExactlyOneRow()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var petra = await fixture.Host.ClientForAsync("petra.ppt");
        var siri = await fixture.Host.ClientForAsync("siri.saksbehandler");
        var before = await RowCountAsync();
        var mother = Guardian();

        // Answered: 11 case-data requests (2 creates, 3 updates, 6 reads and lists).
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(Clock, 6), mother)))["id"]!.GetValue<string>();
        await AssertOkAsync(tone.PostAsJsonAsync($"/api/cases/{caseId}/members", new { user = "petra.ppt", service = "ppt" }, Ct));
        await ConsentAsync(tone, caseId, Consent(Clock, null, (mother, "forelder")));
        await AssertOkAsync(tone.GetAsync($"/api/cases/{caseId}", Ct));
        await AssertOkAsync(tone.GetAsync($"/api/cases/{caseId}/timeline", Ct));
        await AssertOkAsync(tone.GetAsync($"/api/cases/{caseId}/consent", Ct));
        await AssertOkAsync(petra.PostAsJsonAsync($"/api/cases/{caseId}/stafettlogg", new { kind = "goal", text = "Trives på skolen" }, Ct));
        await AssertOkAsync(petra.GetAsync($"/api/cases/{caseId}/stafettlogg", Ct));
        await AssertOkAsync(tone.GetAsync("/api/tasks/mine", Ct));
        await AssertOkAsync(tone.GetAsync($"/api/deadlines?correlationId={caseId}", Ct));
        await AssertOkAsync(tone.PostAsJsonAsync($"/api/cases/{caseId}/members", new { user = "lars.laerer", service = "skole" }, Ct));

        // Not answered: another team's caseworker (404), bad input (400), a stafettlogg entry of an unknown kind.
        Assert.Equal(HttpStatusCode.NotFound, (await siri.GetAsync($"/api/cases/{caseId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await tone.PostAsJsonAsync("/api/cases", new { kind = "BTI" }, Ct)).StatusCode);
        Assert.False((await tone.PostAsJsonAsync($"/api/cases/{caseId}/stafettlogg", new { kind = "ukjent" }, Ct)).IsSuccessStatusCode);

        Assert.Equal(before + 11, await RowCountAsync());
        var rows = await AuditAsync(await fixture.Host.ClientForAsync("admin"), caseId);
        Assert.Equal(9, rows.Count);
        Assert.Equal(
            ["create", "update", "create", "read", "read", "read", "create", "read", "update"],
            rows.Select(r => r["action"]!.GetValue<string>()).Reverse().ToList());
        Assert.All(rows, r => Assert.False(r["breakGlass"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task CaseView_WithPurposeHeader_RowNamesUserRoleServiceCasePersonAndPurpose()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var created = await CreateAsync(tone, TitCase(PersonAged(Clock, 9), Guardian()));
        var caseId = created["id"]!.GetValue<string>();
        var childId = created["child"]!["id"]!.GetValue<string>();

        using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{caseId}");
        read.Headers.Add("X-Purpose", "forberede møte i teamet");
        await AssertOkAsync(tone.SendAsync(read, Ct));

        var row = (await AuditAsync(await fixture.Host.ClientForAsync("admin"), caseId))[0];
        Assert.Equal(
            ("tone.koordinator", "Caseworker,Coordinator", "tit", caseId, childId, "read", "forberede møte i teamet", "GET /api/cases/{caseId}"),
            (row["user"]!.GetValue<string>(), row["role"]!.GetValue<string>(), row["service"]!.GetValue<string>(), row["caseId"]!.GetValue<string>(),
                row["personRef"]!.GetValue<string>(), row["action"]!.GetValue<string>(), row["purpose"]!.GetValue<string>(), row["route"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AuditLog_LeaderOfTheCase_ReadsAndExportsCsv_LeaderOfAnotherTeamAndCaseworkerDoNot()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(Clock, 8), Guardian())))["id"]!.GetValue<string>();
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{caseId}");
        read.Headers.Add("X-Purpose", "=HYPERLINK(\"x\")");
        await AssertOkAsync(tone.SendAsync(read, Ct));

        var lise = await fixture.Host.ClientForAsync("lise.leder");
        var csv = await lise.GetAsync($"/api/audit/export?caseId={caseId}", Ct);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Ct)).TrimStart('\uFEFF');
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");

        // The case's creation and view, and the leader's own export of them (reading the log is audited too).
        Assert.Equal(3, (await AuditAsync(lise, caseId)).Count);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Tidspunkt;Bruker;Rolle;Tjeneste;Sak;Person;Handling;Formål;Nødtilgang;Rute", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(";read;\"'=HYPERLINK(\"\"x\"\")\";nei;GET /api/cases/{caseId}", lines[1], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await berit.GetAsync($"/api/audit?caseId={caseId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await lise.GetAsync("/api/audit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tone.GetAsync($"/api/audit?caseId={caseId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task AuditRows_UpdateOrDeleteThroughTheHostsDatabaseUser_AreRefused()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(Clock, 10), Guardian())))["id"]!.GetValue<string>();
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();

        var update = await Record.ExceptionAsync(() => db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET purpose = 'endret' WHERE case_id = {caseId}", Ct));
        var delete = await Record.ExceptionAsync(() => db.Database.ExecuteSqlAsync($"DELETE FROM audit_entries WHERE case_id = {caseId}", Ct));

        Assert.NotNull(update);
        Assert.NotNull(delete);
        var row = Assert.Single(await db.Set<AuditEntryRow>().AsNoTracking().Where(a => a.CaseId == caseId).ToListAsync(Ct));
        Assert.Equal(("create", "saksbehandling"), (row.Action, row.Purpose));
    }

    [Fact]
    public async Task AuditLog_ReadAndExportedByALeader_EachAppendsItsOwnRowNamingTheCase()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(Clock, 11), Guardian())))["id"]!.GetValue<string>();
        var lise = await fixture.Host.ClientForAsync("lise.leder");

        var first = await AuditAsync(lise, caseId);
        await AssertOkAsync(lise.GetAsync($"/api/audit/export?caseId={caseId}", Ct));
        var rows = await AuditAsync(await fixture.Host.ClientForAsync("admin"), caseId);

        Assert.Single(first);
        Assert.Equal(
            [("lise.leder", "search", "GET /api/audit/", "kontroll av innsyn"), ("lise.leder", "export", "GET /api/audit/export", "kontroll av innsyn")],
            rows.Where(r => r["user"]!.GetValue<string>() == "lise.leder")
                .Select(r => (r["user"]!.GetValue<string>(), r["action"]!.GetValue<string>(), r["route"]!.GetValue<string>(), r["purpose"]!.GetValue<string>()))
                .Reverse());
    }

    [Fact]
    public async Task DeadlineChangeSavedWithRawSql_InAnAuditedWrite_CommitsItsRowWithTheChange()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(Clock, 12), Guardian())))["id"]!.GetValue<string>();
        await CaseWorkApi.StartAsync(fixture.Host, tone, await CaseWorkApi.DeadlineDefinitionAsync(fixture.Host, "tit-sentrum"), caseId);
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var deadlines = scope.ServiceProvider.GetRequiredService<IDeadlineStore>();
        var deadline = Assert.Single((await deadlines.ListAsync(new DeadlineQuery { CorrelationId = caseId }, Ct)).Items);
        var request = new AuditedRequest
        {
            At = Clock.GetUtcNow(), User = "tone.koordinator", Role = "Caseworker", Service = "tit", Purpose = "saksbehandling",
            Route = "POST /api/deadlines/{deadlineId}/extension", IsWrite = true,
        };

        var (stale, changed) = await Task.Run(async () =>
        {
            AuditedRequest.Begin(request);
            var unchanged = await deadlines.UpdateAsync(deadline with { UpdatedAt = deadline.UpdatedAt.AddDays(-1) }, deadline, Ct);
            var writtenAfterNothing = request.Written;
            var updated = await deadlines.UpdateAsync(deadline, deadline with { DueAt = deadline.DueAt.AddDays(7), UpdatedAt = deadline.UpdatedAt.AddSeconds(1) }, Ct);
            return ((unchanged, writtenAfterNothing), updated);
        });

        Assert.Equal((false, false), stale);
        Assert.True(changed);
        Assert.True(request.Written);
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var row = Assert.Single(await db.Set<AuditEntryRow>().AsNoTracking()
            .Where(a => a.CaseId == caseId && a.Route == "POST /api/deadlines/{deadlineId}/extension").ToListAsync(Ct));
        Assert.Equal(("tone.koordinator", "update"), (row.User, row.Action));
    }

    [Fact]
    public async Task AllowedRead_RowTravelsInTheReadsOwnCommand_CommittedWhenTheReadReturns()
    {
        var caseId = await NewCaseAsync(13);
        var request = ReadRequest("tone.koordinator");
        using var commands = new CommandsOf(request);

        var (failure, written) = await ReadTimelineAsync(request, caseId, allowed: true);

        Assert.Null(failure);
        Assert.True(written);
        var command = Assert.Single(commands.Texts);
        Assert.StartsWith("INSERT INTO", command, StringComparison.Ordinal);
        var row = Assert.Single(await RowsAsync(caseId, request.Route));
        Assert.Equal(("tone.koordinator", "read"), (row.User, row.Action));
    }

    [Fact]
    public async Task ReadNotYetAllowed_ItsQueriesCarryNoRow()
    {
        var caseId = await NewCaseAsync(14);
        var request = ReadRequest("tone.koordinator");

        var (failure, written) = await ReadTimelineAsync(request, caseId, allowed: false);

        Assert.Null(failure);
        Assert.False(written);
        Assert.Empty(await RowsAsync(caseId, request.Route));
    }

    [Fact]
    public async Task AllowedRead_RowCannotBeWritten_TheReadFailsAndTheRowIsKeptForTheAnswer()
    {
        var caseId = await NewCaseAsync(15);
        var request = ReadRequest(null!);

        var (failure, written) = await ReadTimelineAsync(request, caseId, allowed: true);

        Assert.IsAssignableFrom<DbException>(failure);
        Assert.False(written);
        Assert.Empty(await RowsAsync(caseId, request.Route));
    }

    // Reads the case's timeline through the store as the timeline's endpoint does, in a flow of its own audited by
    // request, the endpoint's decision to answer made or not.
    private async Task<(Exception? Failure, bool Written)> ReadTimelineAsync(AuditedRequest request, string caseId, bool allowed)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var cases = scope.ServiceProvider.GetRequiredService<ICaseStore>();
        return await Task.Run(async () =>
        {
            AuditedRequest.Begin(request);
            AuditedRequest.Touched(caseId);
            if (allowed)
            {
                AuditedRequest.Allowed();
            }

            return (await Record.ExceptionAsync(() => cases.TimelineAsync(caseId, Ct)), request.Written);
        });
    }

    private static AuditedRequest ReadRequest(string user) => new()
    {
        At = Clock.GetUtcNow(), User = user, Role = "Caseworker,Coordinator", Service = "tit", Purpose = "saksbehandling",
        Route = "GET /api/cases/{caseId}/timeline", IsWrite = false, ReadAction = AuditActions.Read,
    };

    private async Task<string> NewCaseAsync(int childAge) =>
        (await CreateAsync(await fixture.Host.ClientForAsync("tone.koordinator"), TitCase(PersonAged(Clock, childAge), Guardian())))["id"]!.GetValue<string>();

    private async Task<List<AuditEntryRow>> RowsAsync(string caseId, string route)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<AuditEntryRow>().AsNoTracking()
            .Where(a => a.CaseId == caseId && a.Route == route).ToListAsync(Ct);
    }

    private static async Task AssertOkAsync(Task<HttpResponseMessage> request)
    {
        var response = await request;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    private static async Task<List<JsonNode>> AuditAsync(HttpClient client, string caseId) =>
        [.. (await client.GetFromJsonAsync<JsonArray>($"/api/audit?caseId={caseId}", Ct))!.Select(r => r!)];

    private async Task<int> RowCountAsync()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<AuditEntryRow>().CountAsync(Ct);
    }
}

/// <summary>The SQL of each command EF runs in one audited request's flow (EF's diagnostic events, raised in that flow).</summary>
internal sealed class CommandsOf : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly AuditedRequest _request;
    private readonly List<IDisposable> _subscriptions = [];

    public CommandsOf(AuditedRequest request)
    {
        _request = request;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public ConcurrentQueue<string> Texts { get; } = new();

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this, name => name == RelationalEventId.CommandExecuted.Name));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is CommandExecutedEventData executed && AuditedRequest.Current == _request)
        {
            Texts.Enqueue(executed.Command.CommandText.TrimStart());
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}

/// <summary>The audit log on SQLite.</summary>
public sealed class SqliteAuditTests(SqliteHostFixture fixture) : AuditTests(fixture), IClassFixture<SqliteHostFixture>;

/// <summary>The audit log on PostgreSQL (the trigger refuses UPDATE and DELETE for the host's own user).</summary>
public sealed class PostgreSqlAuditTests(PostgreSqlHostFixture fixture) : AuditTests(fixture), IClassFixture<PostgreSqlHostFixture>;
