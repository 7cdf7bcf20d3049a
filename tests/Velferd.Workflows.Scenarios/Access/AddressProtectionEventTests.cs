using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Host.RemoteServices;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Access;

/// <summary>
/// address protection from Folkeregisteret acts at once and is checked again just before each send. The father of
/// a case is graded strictly confidential in the register (the simulator): a letter to him sent before the engine has
/// read the feed event is already stopped, because the channel is chosen from the register at sending; the next read of
/// the feed grades him on the case itself, once however often the event comes.
/// </summary>
public abstract class AddressProtectionEventTests(FrozenClockHostFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AdressebeskyttelseEvent_FatherOnACase_LetterStoppedBeforeTheFeedIsRead_AndTheCaseGradedOnTheNextRead()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var simulator = fixture.Host.Services.GetRequiredService<LocalSimulator>().State;
        var feed = fixture.Host.Services.GetRequiredService<FolkeregisterFeedService>();
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(fixture.Clock, 9), new JsonObject { ["fnr"] = TestPersons.Mother }, new JsonObject { ["fnr"] = TestPersons.ReservedFather })))["id"]!.GetValue<string>();
        await feed.ReadOnceAsync(Ct);
        var fatherId = Father(await CaseAsync(tone, caseId))["id"]!.GetValue<string>();

        var change = simulator.ChangeAddressProtection(TestPersons.ReservedFather, "strengtFortrolig");
        var letter = await tone.PostAsJsonAsync($"/api/cases/{caseId}/letters",
            new { personId = fatherId, kind = "informasjon", title = "Informasjon om møtet", body = "Vi tar kontakt for å avtale et møte." }, Ct);
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, TimeSpan.FromSeconds(30));
        var beforeTheFeed = Father(await CaseAsync(tone, caseId))["addressProtection"]!.GetValue<string>();
        var read = await feed.ReadOnceAsync(Ct);
        var graded = await CaseAsync(tone, caseId);
        simulator.Feed.Append(change.Hendelsesidentifikator, change.Hendelsetype, TestPersons.ReservedFather);
        await feed.ReadOnceAsync(Ct);

        Assert.Equal(HttpStatusCode.Created, letter.StatusCode);
        var sent = Assert.Single((await tone.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/letters", Ct))!);
        Assert.Equal(("blocked", "stoppet", "manuell håndtering påkrevd"), (sent!["channel"]!.GetValue<string>(), sent["status"]!.GetValue<string>(), sent["reason"]!.GetValue<string>()));
        Assert.Equal("ugradert", beforeTheFeed);
        Assert.Equal(1, read);
        Assert.Equal("strengtFortrolig", Father(graded)["addressProtection"]!.GetValue<string>());
        Assert.Equal("ugradert", graded["guardians"]!.AsArray().Single(g => g!["fnr"]!.GetValue<string>() == TestPersons.Mother)!["addressProtection"]!.GetValue<string>());
        var regraded = (await tone.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/timeline", Ct))!
            .Where(e => e!["detail"]?.GetValue<string>() == "Folkeregisteret endret adressebeskyttelsen for en foresatt.").ToList();
        Assert.Single(regraded);
    }

    private static JsonObject Father(JsonObject found) =>
        found["guardians"]!.AsArray().Single(g => g!["fnr"]!.GetValue<string>() == TestPersons.ReservedFather)!.AsObject();

    private static async Task<JsonObject> CaseAsync(HttpClient client, string caseId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}", Ct))!;
}

public sealed class SqliteAddressProtectionEventTests(SqliteFrozenClockHostFixture fixture) : AddressProtectionEventTests(fixture), IClassFixture<SqliteFrozenClockHostFixture>;

public sealed class PostgreSqlAddressProtectionEventTests(PostgreSqlFrozenClockHostFixture fixture) : AddressProtectionEventTests(fixture), IClassFixture<PostgreSqlFrozenClockHostFixture>;
