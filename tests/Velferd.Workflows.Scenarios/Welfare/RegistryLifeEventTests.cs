using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Host.RemoteServices;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Welfare.Persons;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Welfare;

/// <summary>
/// Folkeregisteret's «moved» and «died» events about a child, read from the simulator's feed as the feed service
/// reads it, act on the child's open cases by themselves: a move out closes them <c>FLYTTET</c> (ettervern stays with the
/// municipality, R-42), a death closes them <c>DØDSFALL</c> and ends the pathway that waits for the closing; an event read
/// twice changes nothing more. (Birth → P4, foreldreansvar → R-29 and address protection → R-63 have their own tests.)
/// </summary>
public abstract class RegistryLifeEventTests(HostFixture fixture)
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(60);

    private readonly PathwayApi _api = new(fixture.Host);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => OsloDate.Today(_api.Clock);

    [Fact]
    public async Task R60_ChildMovesOut_TheTitCaseClosesFlyttet_WhileTheYoungPersonsEttervernStaysWithTheMunicipality()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var child = PersonAged(_api.Clock, 9);
        var titCase = (await CreateAsync(tone, TitCase(child, Guardian())))["id"]!.GetValue<string>();
        var youngPerson = PersonBorn(Today.AddYears(-20));
        var aftercareCase = (await CreateAsync(bjorn, CaseOf("Barnevern", "bv-vest", youngPerson)))["id"]!.GetValue<string>();
        await _api.PostAsync(bjorn, $"/api/cases/{aftercareCase}/measures", new { kind = "ettervern", startDate = Today.ToString("yyyy-MM-dd") });

        await DeliverAsync("Flytting", Number(child));
        await DeliverAsync("Flytting", Number(youngPerson));

        Assert.Equal(("Closed", "FLYTTET"), await PathwayApi.CaseAsync(tone, titCase));
        Assert.Equal(("Open", null), await PathwayApi.CaseAsync(bjorn, aftercareCase));
        Assert.Contains("folkeregister-livshendelse", await TimelineKindsAsync(bjorn, aftercareCase));
        Assert.Equal("AKTIV", (await bjorn.GetFromJsonAsync<JsonArray>($"/api/cases/{aftercareCase}/measures", Ct))![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task R60_ChildDies_TheCaseClosesDodsfall_ItsTransitionPathwayEnds_AndTheEventReadAgainChangesNothing()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var child = PersonAged(_api.Clock, 16);
        var caseId = (await CreateAsync(bjorn, CaseOf("Barnevern", "bv-vest", child)))["id"]!.GetValue<string>();
        await _api.PostAsync(bjorn, $"/api/cases/{caseId}/measures", new { kind = "hjelpetiltak", startDate = Today.ToString("yyyy-MM-dd") });
        var instance = (await bjorn.GetFromJsonAsync<JsonObject>($"/api/instances?correlationId={caseId}&definitionId=p6-overgang-ved-18", Ct))!["items"]!.AsArray().Single()!["id"]!.GetValue<string>();

        var death = await DeliverAsync("Doedsfall", Number(child));
        await DeliverAsync("Doedsfall", Number(child), replayOf: death);

        Assert.Equal(("Closed", "DØDSFALL"), await PathwayApi.CaseAsync(bjorn, caseId));
        Assert.Equal("Finished", (await PathwayApi.InstanceAsync(bjorn, instance)).SubStatus);
        var timeline = await TimelineKindsAsync(bjorn, caseId);
        Assert.Single(timeline, k => k == "folkeregister-livshendelse");
        Assert.Single(timeline, k => k == "sak-avsluttet");
    }

    [Fact]
    public async Task R60_MoveReadTwiceForAnEttervernCaseThatStaysOpen_OneNoteOnTheTimeline()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var youngPerson = PersonBorn(Today.AddYears(-21));
        var caseId = (await CreateAsync(bjorn, CaseOf("Barnevern", "bv-vest", youngPerson)))["id"]!.GetValue<string>();
        await _api.PostAsync(bjorn, $"/api/cases/{caseId}/measures", new { kind = "ettervern", startDate = Today.ToString("yyyy-MM-dd") });

        var move = await DeliverAsync("Flytting", Number(youngPerson));
        await DeliverAsync("Flytting", Number(youngPerson), replayOf: move);

        Assert.Equal(("Open", null), await PathwayApi.CaseAsync(bjorn, caseId));
        Assert.Single(await TimelineKindsAsync(bjorn, caseId), k => k == "folkeregister-livshendelse");
    }

    private static string Number(JsonObject person) => person["fnr"]!.GetValue<string>();

    // Appends an event to the simulator's feed (again under the same id when it replays one) and reads the feed as the
    // feed service does; waits until what it started has run. Returns the event's id.
    private async Task<string> DeliverAsync(string eventType, string identityNumber, string? replayOf = null)
    {
        var simulator = fixture.Host.Services.GetRequiredService<LocalSimulator>().State;
        var appended = simulator.Feed.Append(replayOf, eventType, identityNumber);
        await fixture.Host.Services.GetRequiredService<FolkeregisterFeedService>().ReadOnceAsync(Ct);
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, Idle);
        return appended.Hendelsesidentifikator;
    }
}

/// <summary>On SQLite.</summary>
public sealed class SqliteRegistryLifeEventTests(SqliteHostFixture fixture) : RegistryLifeEventTests(fixture), IClassFixture<SqliteHostFixture>;

/// <summary>On PostgreSQL.</summary>
public sealed class PostgreSqlRegistryLifeEventTests(PostgreSqlHostFixture fixture) : RegistryLifeEventTests(fixture), IClassFixture<PostgreSqlHostFixture>;
