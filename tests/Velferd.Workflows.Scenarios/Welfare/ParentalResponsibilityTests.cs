using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Host.RemoteServices;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Databases;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Welfare.TeamWorkApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Welfare;

/// <summary>
/// R-29 on a change of parental responsibility: Folkeregisteret's feed reports that someone else now holds it for
/// the child of an open case; the host asks the simulated registry for the holders through the outbox, re-checks the
/// consents with the municipality's policy («begge»), cancels the meeting they no longer cover as a withdrawal does,
/// and gives the team's caseworkers a task. A replayed event changes nothing more.
/// </summary>
public abstract class ParentalResponsibilityTests(FrozenClockHostFixture fixture)
{
    private const string TaskTitle = "Foreldreansvaret for barnet i sak";

    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task R29_ForeldreansvarChangesInFolkeregisteret_ConsentDropsToDelvis_TheMeetingIsCancelled_AndTheCaseworkerGetsATask()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var simulator = fixture.Host.Services.GetRequiredService<LocalSimulator>().State;
        var (caseId, meetingId) = await ValidCaseWithMeetingAsync(tone);
        Assert.Equal("GYLDIG", (await StatusAsync(tone, caseId))["status"]!.GetValue<string>());

        // The father loses parental responsibility; the mother shares it with someone who signed nothing.
        simulator.ParentalResponsibility.Set(TestPersons.Child, [TestPersons.Mother, TestPersons.DeletedFromKrr]);
        var change = simulator.Feed.Append(null, "Foreldreansvar", TestPersons.Child);
        await ReadFeedAsync();

        var status = await StatusAsync(tone, caseId);
        Assert.Equal("DELVIS", status["status"]!.GetValue<string>());
        Assert.Equal(
            [(TestPersons.Mother, true), (TestPersons.ReservedFather, false), (TestPersons.DeletedFromKrr, true)],
            await HoldersAsync(tone, caseId));
        var meeting = (await tone.GetFromJsonAsync<JsonObject>($"/api/meetings/{meetingId}", Ct))!;
        Assert.Equal("avlyst", meeting["status"]!.GetValue<string>());
        var timeline = await TimelineKindsAsync(tone, caseId);
        Assert.Contains("foreldreansvar-endret", timeline);
        Assert.Contains("samtykke-revurderes", timeline);
        var task = await PathwayApi.TaskAsync(tone, caseId, TaskTitle);
        Assert.Equal(("Caseworker", "tit-sentrum"), (task["candidateRole"]!.GetValue<string>(), task["candidateTeam"]!.GetValue<string>()));
        Assert.DoesNotContain(TestPersons.DeletedFromKrr, task.ToJsonString(), StringComparison.Ordinal);

        // Folkeregisteret delivers the same event again: nothing more happens.
        simulator.Feed.Append(change.Hendelsesidentifikator, "Foreldreansvar", TestPersons.Child);
        await ReadFeedAsync();
        Assert.Single(await PathwayApi.OpenTasksAsync(tone, caseId), t => t["title"]!.GetValue<string>().StartsWith(TaskTitle, StringComparison.Ordinal));
        Assert.Single(await TimelineKindsAsync(tone, caseId), k => k == "foreldreansvar-endret");
    }

    [Fact]
    public async Task R29_ForeldreansvarEventForAChildWithoutOpenCases_ChangesNothing()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var simulator = fixture.Host.Services.GetRequiredService<LocalSimulator>().State;
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(fixture.Clock, 9), new JsonObject { ["fnr"] = TestPersons.Mother })))["id"]!.GetValue<string>();
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, Idle);
        var before = await TimelineKindsAsync(tone, caseId);

        simulator.Feed.Append(null, "Foreldreansvar", TestPersons.Newborn);
        await ReadFeedAsync();

        Assert.Equal(before, await TimelineKindsAsync(tone, caseId));
    }

    // The simulator's child with both parents (joint responsibility), a consent both signed (GYLDIG under «begge») and a
    // meeting next week, with the registry's answers folded in.
    private async Task<(string CaseId, string MeetingId)> ValidCaseWithMeetingAsync(HttpClient client)
    {
        var mother = new JsonObject { ["fnr"] = TestPersons.Mother };
        var father = new JsonObject { ["fnr"] = TestPersons.ReservedFather };
        var caseId = (await CreateAsync(client, TitCase(new JsonObject { ["fnr"] = TestPersons.Child, ["birthDate"] = "2016-03-14" }, mother, father)))["id"]!.GetValue<string>();
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, Idle);
        await ConsentAsync(client, caseId, Consent(fixture.Clock, "Jeg vil ha hjelp på skolen.", (mother, "forelder"), (father, "forelder")));
        var scheduled = await client.PostAsJsonAsync($"/api/cases/{caseId}/meetings", Meeting(fixture.Clock.GetUtcNow().AddDays(7), ["ppt", "helse"], ["skole", "helse"]), Ct);
        Assert.True(scheduled.StatusCode == HttpStatusCode.Created, await scheduled.Content.ReadAsStringAsync(Ct));
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, Idle);
        return (caseId, (await BodyAsync(scheduled))["id"]!.GetValue<string>());
    }

    // One read of the feed, as the feed service does every poll interval, then the work it caused.
    private async Task ReadFeedAsync()
    {
        var feed = fixture.Host.Services.GetServices<IHostedService>().OfType<FolkeregisterFeedService>().Single();
        await feed.ReadOnceAsync(Ct);
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, Idle);
    }

    private static async Task<List<(string, bool)>> HoldersAsync(HttpClient client, string caseId) =>
        [.. (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}", Ct))!["guardians"]!.AsArray()
            .Select(g => (g!["fnr"]!.GetValue<string>(), g["hasParentalResponsibility"]!.GetValue<bool>()))];
}

/// <summary>On SQLite, with the lookup of cases' persons on.</summary>
public sealed class SqliteParentalResponsibilityTests(SqliteParentalResponsibilityFixture fixture)
    : ParentalResponsibilityTests(fixture), IClassFixture<SqliteParentalResponsibilityFixture>;

/// <summary>On PostgreSQL, with the lookup of cases' persons on.</summary>
public sealed class PostgreSqlParentalResponsibilityTests(PostgreSqlParentalResponsibilityFixture fixture)
    : ParentalResponsibilityTests(fixture), IClassFixture<PostgreSqlParentalResponsibilityFixture>;

/// <summary>SQLite, a frozen clock, the Folkeregisteret lookup on.</summary>
public sealed class SqliteParentalResponsibilityFixture()
    : FrozenClockHostFixture(DatabaseKind.Sqlite, new FakeTimeProvider(TimeProvider.System.GetUtcNow()), ParentalResponsibilitySettings.Values);

/// <summary>PostgreSQL, a frozen clock, the Folkeregisteret lookup on.</summary>
public sealed class PostgreSqlParentalResponsibilityFixture()
    : FrozenClockHostFixture(DatabaseKind.PostgreSql, new FakeTimeProvider(TimeProvider.System.GetUtcNow()), ParentalResponsibilitySettings.Values);

/// <summary>The settings the R-29 tests need over Development's.</summary>
internal static class ParentalResponsibilitySettings
{
    /// <summary>The lookup on, so the registry's holders reach the case.</summary>
    public static IReadOnlyDictionary<string, string> Values { get; } = new Dictionary<string, string> { ["Welfare:LookUpNewCasePersons"] = "true" };
}
