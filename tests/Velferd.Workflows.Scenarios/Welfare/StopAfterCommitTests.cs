using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.Stimuli;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Welfare.Persons;
using static Velferd.Workflows.Scenarios.Reports.ReportApi;
using static Velferd.Workflows.Scenarios.Welfare.TeamWorkApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Welfare;

/// <summary>
/// The resumes, starts and signals a welfare change causes are stored in the change's own transaction: the host here
/// "stops" right after the commit that stores them (the request ends with 500 and nothing on the request's thread
/// applies them), and still the change is there, its stimulus is stored with it, and a dispatcher's later pass moves
/// the pathway on. Were the stimulus a second write after the commit, the pathway would wait for ever.
/// </summary>
public abstract class StopAfterCommitTests(StopAfterCommitFixture fixture)
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private WorkflowHostFactory Host => fixture.Host;

    [Fact]
    public async Task RecordMeeting_HostStopsRightAfterTheCommit_TheRecordAndTheResumeAreStoredAndTheWaitingPathwayMovesOn()
    {
        var tone = await Host.ClientForAsync("tone.koordinator");
        var mother = Guardian();
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(TimeProvider.System, 10), mother)))["id"]!.GetValue<string>();
        await ConsentAsync(tone, caseId, Consent(TimeProvider.System, "Ja.", (mother, "forelder")));
        var meeting = await BodyAsync(await tone.PostAsJsonAsync($"/api/cases/{caseId}/meetings", Meeting((await NowAsync(tone)).AddMinutes(1), ["ppt"], ["skole"]), Ct));
        var meetingId = meeting["id"]!.GetValue<string>();
        var waiting = await WaitingPathwayAsync("Velferd.TeamMeeting", caseId);
        await MoveClockAsync(await Host.ClientForAsync("kari.prosesseier"), new { advance = "PT2M" });
        fixture.Stop.Arm($"waits/mote-gjennomfort/{meetingId}");

        var recorded = await tone.PostAsJsonAsync($"/api/meetings/{meetingId}/record", new { parentsPresent = true, childPresent = false, childView = "Jeg vil ha hjelp." }, Ct);
        await Host.WaitUntilIdleAsync(Idle);

        Assert.Equal(HttpStatusCode.InternalServerError, recorded.StatusCode);
        Assert.Equal("gjennomført", (await tone.GetFromJsonAsync<JsonObject>($"/api/meetings/{meetingId}", Ct))!["status"]!.GetValue<string>());
        Assert.Equal(StimulusStatus.Done, await StimulusStatusAsync($"waits/mote-gjennomfort/{meetingId}"));
        Assert.Equal("Finished", await SubStatusAsync(waiting));
    }

    [Fact]
    public async Task AcceptHandover_HostStopsRightAfterTheCommit_TheNewHolderAndTheResumeAreStoredAndTheWaitingPathwayMovesOn()
    {
        var tone = await Host.ClientForAsync("tone.koordinator");
        var petra = await Host.ClientForAsync("petra.ppt");
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(TimeProvider.System, 8), Guardian())))["id"]!.GetValue<string>();
        var offer = await BodyAsync(await tone.PostAsJsonAsync($"/api/cases/{caseId}/handovers", new { toUser = "petra.ppt" }, Ct));
        var handoverId = offer["id"]!.GetValue<string>();
        var waiting = await WaitingPathwayAsync("Velferd.BatonHandover", caseId);
        fixture.Stop.Arm($"waits/stafett-overtatt/{handoverId}");

        var accepted = await petra.PostAsync($"/api/handovers/{handoverId}/accept", null, Ct);
        await Host.WaitUntilIdleAsync(Idle);

        Assert.Equal(HttpStatusCode.InternalServerError, accepted.StatusCode);
        Assert.Equal("petra.ppt", await HolderAsync(tone, caseId));
        Assert.Equal(StimulusStatus.Done, await StimulusStatusAsync($"waits/stafett-overtatt/{handoverId}"));
        Assert.Equal("Finished", await SubStatusAsync(waiting));
    }

    [Fact]
    public async Task CloseCase_HostStopsRightAfterTheCommit_TheClosingAndTheResumeAreStoredAndTheSideBranchEndsThePathway()
    {
        var tone = await Host.ClientForAsync("tone.koordinator");
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(TimeProvider.System, 9), Guardian())))["id"]!.GetValue<string>();
        var waiting = await WaitingPathwayAsync("Velferd.CaseClosed", caseId);
        fixture.Stop.Arm($"waits/sak-avsluttet/{caseId}/");

        var closed = await tone.PostAsJsonAsync($"/api/cases/{caseId}/close", new { endCode = "FLYTTET", reason = "Familien har flyttet." }, Ct);
        await Host.WaitUntilIdleAsync(Idle);

        Assert.Equal(HttpStatusCode.InternalServerError, closed.StatusCode);
        Assert.Equal("FLYTTET", (await tone.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}", Ct))!["endCode"]!.GetValue<string>());
        Assert.Equal(("Finished", "FLYTTET"), await InstanceAsync(waiting));
    }

    [Fact]
    public async Task Withdraw_R31_HostStopsRightAfterTheClosingCommits_TheCaseEndsSamtykkeTrukketAndTheSideBranchEndsThePathway()
    {
        var tone = await Host.ClientForAsync("tone.koordinator");
        var mother = Guardian();
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(TimeProvider.System, 11), mother)))["id"]!.GetValue<string>();
        var consent = await ConsentAsync(tone, caseId, Consent(TimeProvider.System, "Ja.", (mother, "forelder")));
        var waiting = await WaitingPathwayAsync("Velferd.CaseClosed", caseId);
        fixture.Stop.Arm($"waits/sak-avsluttet/{caseId}/");

        var withdrawn = await tone.PostAsJsonAsync($"/api/consents/{consent["id"]}/withdraw", new { via = "skriftlig" }, Ct);
        await Host.WaitUntilIdleAsync(Idle);

        Assert.Equal(HttpStatusCode.InternalServerError, withdrawn.StatusCode);
        Assert.Equal("AVSLUTTET_SAMTYKKE_TRUKKET", (await tone.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}", Ct))!["endCode"]!.GetValue<string>());
        Assert.Equal(("Finished", "AVSLUTTET_SAMTYKKE_TRUKKET"), await InstanceAsync(waiting));
    }

    [Fact]
    public async Task ReviewReport_HostStopsRightAfterTheCommit_TheReviewAndItsSignalAreStoredAndTheReviewDeadlineIsMet()
    {
        var bjorn = await Host.ClientForAsync("bjorn.barnevern");
        var report = Assert.Single(await RegisterAsync(bjorn, Melding(await NowAsync(bjorn), PersonAged(TimeProvider.System, 12))));
        var reportId = Text(report, "id");
        await Host.WaitUntilIdleAsync(Idle);
        fixture.Stop.Arm($"signal/report/{reportId}/review");

        var reviewed = await ReviewAsync(bjorn, reportId, new { outcome = "henlegg", reason = "Ingen grunn til bekymring etter samtale." });
        await Host.WaitUntilIdleAsync(Idle);

        Assert.Equal(HttpStatusCode.InternalServerError, reviewed.StatusCode);
        Assert.Equal("HENLAGT", Text(await bjorn.GetFromJsonAsync<JsonObject>($"/api/reports/{reportId}", Ct), "status"));
        Assert.Equal(StimulusStatus.Done, await StimulusStatusAsync($"signal/report/{reportId}/review"));
        Assert.Equal("Met", Text((await ReportDeadlinesAsync(bjorn, reportId))["vurderingsfrist"], "status"));
    }

    [Fact]
    public async Task ConcludeInvestigation_HostStopsRightAfterTheCommit_TheConclusionAndItsSignalAreStoredAndTheDeadlineIsMet()
    {
        var bjorn = await Host.ClientForAsync("bjorn.barnevern");
        var berit = await Host.ClientForAsync("berit.bvleder");
        var report = Assert.Single(await RegisterAsync(bjorn, Melding(await NowAsync(bjorn), PersonAged(TimeProvider.System, 9))));
        var investigation = await InvestigateAsync(Host, bjorn, Text(report, "id"));
        var investigationId = Text(investigation, "id");
        await Host.WaitUntilIdleAsync(Idle);
        fixture.Stop.Arm($"signal/investigation/{investigationId}/conclusion");

        var concluded = await berit.PostAsJsonAsync($"/api/investigations/{investigationId}/conclusion", new { code = 1, reason = "Hjelpetiltak i hjemmet." }, Ct);
        await Host.WaitUntilIdleAsync(Idle);

        Assert.Equal(HttpStatusCode.InternalServerError, concluded.StatusCode);
        Assert.Equal("KONKLUDERT", Text(await bjorn.GetFromJsonAsync<JsonObject>($"/api/investigations/{investigationId}", Ct), "status"));
        Assert.Equal(StimulusStatus.Done, await StimulusStatusAsync($"signal/investigation/{investigationId}/conclusion"));
        Assert.Equal("Met", Text(await DeadlineAsync(bjorn, Text(investigation, "deadlineId")), "status"));
    }

    [Fact]
    public async Task AddMeasure_HostStopsRightAfterTheCommit_TheMeasureAndTheStartOfP6AreStoredAndP6Runs()
    {
        var bjorn = await Host.ClientForAsync("bjorn.barnevern");
        var caseId = (await CreateAsync(bjorn, CaseOf("Barnevern", "bv-vest", PersonAged(TimeProvider.System, 16))))["id"]!.GetValue<string>();
        fixture.Stop.Arm($"start/transition/{caseId}");

        var added = await bjorn.PostAsJsonAsync($"/api/cases/{caseId}/measures", new { kind = "hjelpetiltak", startDate = Today() }, Ct);
        await Host.WaitUntilIdleAsync(Idle);
        var second = await bjorn.PostAsJsonAsync($"/api/cases/{caseId}/measures", new { kind = "omsorgstiltak", startDate = Today() }, Ct);
        await Host.WaitUntilIdleAsync(Idle);

        Assert.Equal(HttpStatusCode.InternalServerError, added.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(2, (await bjorn.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/measures", Ct))!.Count);
        Assert.Equal(StimulusStatus.Done, await StimulusStatusAsync($"start/transition/{caseId}"));
        var p6 = Assert.Single((await bjorn.GetFromJsonAsync<JsonObject>($"/api/instances?correlationId={caseId}&definitionId=p6-overgang-ved-18", Ct))!["items"]!.AsArray());
        Assert.Equal("Suspended", p6!["subStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeclineAftercare_HostStopsRightAfterTheCommit_TheDecisionAndItsSignalAreStoredAndP6Receives()
    {
        var bjorn = await Host.ClientForAsync("bjorn.barnevern");
        var caseId = (await CreateAsync(bjorn, CaseOf("Barnevern", "bv-vest", PersonAged(TimeProvider.System, 17))))["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Created, (await bjorn.PostAsJsonAsync($"/api/cases/{caseId}/measures", new { kind = "hjelpetiltak", startDate = Today() }, Ct)).StatusCode);
        await Host.WaitUntilIdleAsync(Idle);
        fixture.Stop.Arm("signal/transition-decision/");

        var declined = await bjorn.PostAsJsonAsync($"/api/cases/{caseId}/ettervern/decline", new { reason = "Vil klare seg selv." }, Ct);
        await Host.WaitUntilIdleAsync(Idle);

        Assert.Equal(HttpStatusCode.InternalServerError, declined.StatusCode);
        var decision = Assert.Single((await bjorn.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}/transition", Ct))!["decisions"]!.AsArray());
        Assert.Equal(StimulusStatus.Done, await StimulusStatusAsync($"signal/transition-decision/{decision!["id"]!.GetValue<string>()}"));
        Assert.Equal(1, await ResumesOfAsync($"signal/transition-decision/{decision["id"]!.GetValue<string>()}/"));
    }

    [Fact]
    public async Task BreakGlass_HostStopsRightAfterTheCommit_TheGrantAndTheStartOfItsReviewAreStoredAndTheLeaderGetsTheTask()
    {
        var tone = await Host.ClientForAsync("tone.koordinator");
        var siri = await Host.ClientForAsync("siri.saksbehandler");
        var lise = await Host.ClientForAsync("lise.leder");
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(TimeProvider.System, 8), Guardian())))["id"]!.GetValue<string>();
        fixture.Stop.Arm("start/break-glass/");

        var opened = await siri.PostAsJsonAsync($"/api/cases/{caseId}/break-glass", new { reason = "Akutt henvendelse fra politiet om barnet" }, Ct);
        await Host.WaitUntilIdleAsync(Idle);

        Assert.Equal(HttpStatusCode.InternalServerError, opened.StatusCode);
        Assert.Contains((await lise.GetFromJsonAsync<JsonArray>("/api/break-glass", Ct))!, g => g!["caseId"]!.GetValue<string>() == caseId);
        var leaderTask = Assert.Single(await TasksAsync(lise, caseId));
        Assert.Contains("Gjennomgå nødtilgang: siri.saksbehandler", Text(leaderTask, "title"), StringComparison.Ordinal);
    }

    private static string Today() => OsloDate.Today(TimeProvider.System).ToString("yyyy-MM-dd");

    // A one-step pathway for the case that waits on one fact (the activity reads the case id from the correlation id).
    private async Task<string> WaitingPathwayAsync(string waitType, string caseId)
    {
        var owner = await Host.ClientForAsync("kari.prosesseier");
        var definitionId = $"vent-{Guid.NewGuid():N}"[..20];
        var json = new FlowchartBuilder($"Venter på {waitType}").WithDefinitionId(definitionId)
            .Activity("start", "Elsa.Start").Activity("vent", waitType).Chain("start", "vent").BuildJson();
        var saved = await owner.PostAsync("/api/definitions", JsonContent.Create(json), Ct);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/api/definitions/{definitionId}/publish", null, Ct)).StatusCode);
        var started = await (await Host.ClientForAsync("admin")).PostAsJsonAsync("/api/instances", new { definitionId, correlationId = caseId }, Ct);
        Assert.True(started.StatusCode == HttpStatusCode.Created, await started.Content.ReadAsStringAsync(Ct));
        await Host.WaitUntilIdleAsync(Idle);
        var instanceId = (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
        Assert.Equal("Suspended", await SubStatusAsync(instanceId));
        return instanceId;
    }

    private async Task<string> SubStatusAsync(string instanceId) => (await InstanceAsync(instanceId)).SubStatus;

    private async Task<(string SubStatus, string? Outcome)> InstanceAsync(string instanceId)
    {
        var details = (await (await Host.ClientForAsync("admin")).GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}", Ct))!;
        return (details["instance"]!["subStatus"]!.GetValue<string>(), details["output"]?["Utfall"]?.GetValue<string>());
    }

    private async Task<StimulusStatus?> StimulusStatusAsync(string idempotencyKey)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Stimuli.AsNoTracking()
            .SingleOrDefaultAsync(s => s.IdempotencyKey == idempotencyKey, Ct);
        return row?.Status;
    }

    private async Task<int> ResumesOfAsync(string keyPrefix)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Stimuli
            .CountAsync(s => s.IdempotencyKey.StartsWith(keyPrefix) && s.Kind == StimulusKind.Resume && s.Status == StimulusStatus.Done, Ct);
    }
}

/// <summary>
/// Makes the host "stop" right after one domain commit: once armed with a key, the next commit that stores a stimulus
/// under a key starting so throws after committing, as a process killed at that instant would leave things.
/// </summary>
public sealed class ProcessStop
{
    private string? _armedFor;

    /// <summary>Stops after the next commit storing a stimulus whose key starts with <paramref name="keyPrefix"/>.</summary>
    public void Arm(string keyPrefix) => Volatile.Write(ref _armedFor, keyPrefix);

    /// <summary>True (once) when <paramref name="committed"/> holds the armed key.</summary>
    public bool Fires(IReadOnlyList<Stimulus> committed)
    {
        var armed = Volatile.Read(ref _armedFor);
        return armed is not null
            && committed.Any(s => s.IdempotencyKey.StartsWith(armed, StringComparison.Ordinal))
            && Interlocked.CompareExchange(ref _armedFor, null, armed) == armed;
    }
}

/// <summary>The real outbox, then the stop: the request ends with the stimuli committed and not applied.</summary>
public sealed class StoppingStimulusOutbox(EfStimulusOutbox outbox, ProcessStop stop) : IStimulusOutbox
{
    /// <inheritdoc />
    public async Task CommitAsync(IReadOnlyList<Stimulus> stimuli, Func<CancellationToken, Task> domainWrite, CancellationToken cancellationToken)
    {
        await outbox.CommitAsync(stimuli, domainWrite, cancellationToken);
        if (stop.Fires(stimuli))
        {
            throw new InvalidOperationException("The process stopped right after the commit (test).");
        }
    }
}

/// <summary>The host with <see cref="StoppingStimulusOutbox"/> on a fresh database of one kind.</summary>
public abstract class StopAfterCommitFixture(DatabaseKind kind) : HostFixture(kind, services: services => services
    .AddSingleton<ProcessStop>()
    .AddScoped<EfStimulusOutbox>()
    .AddScoped<IStimulusOutbox, StoppingStimulusOutbox>())
{
    /// <summary>Arms the stop.</summary>
    public ProcessStop Stop => Host.Services.GetRequiredService<ProcessStop>();
}

/// <summary>On SQLite.</summary>
public sealed class SqliteStopAfterCommitFixture() : StopAfterCommitFixture(DatabaseKind.Sqlite);

/// <summary>On PostgreSQL.</summary>
public sealed class PostgreSqlStopAfterCommitFixture() : StopAfterCommitFixture(DatabaseKind.PostgreSql);

public sealed class SqliteStopAfterCommitTests(SqliteStopAfterCommitFixture fixture) : StopAfterCommitTests(fixture), IClassFixture<SqliteStopAfterCommitFixture>;

public sealed class PostgreSqlStopAfterCommitTests(PostgreSqlStopAfterCommitFixture fixture) : StopAfterCommitTests(fixture), IClassFixture<PostgreSqlStopAfterCommitFixture>;
