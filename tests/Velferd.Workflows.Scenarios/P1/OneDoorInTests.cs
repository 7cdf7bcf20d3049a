using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Welfare.Persons;
using static Velferd.Workflows.Scenarios.P1.EnquiryApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.P1;

/// <summary>
/// P1 «Én dør inn» (DOMAIN.md §6) as seeded: a henvendelse registered through <c>POST /api/enquiries</c> (the one door
/// the web form, Familiehjelpa and the coordinator use) runs to each of its end codes, driven only through the API as
/// the demo users (tone.koordinator registers and works the steps, lise.leder decides), with time moved by the dev
/// clock. Each class has a host of its own because moving the clock moves it for every test of the host.
/// </summary>
public abstract class OneDoorInTests(HostFixture fixture)
{
    private readonly PathwayApi _api = new(fixture.Host);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task P1_ClarifiedWithinTheLimit_NoConcern_EndsAvsluttetIngenBekymring()
    {
        var (tone, caseId, instance) = await RegisteredAsync(PersonAged(_api.Clock, 9));
        var registeredOn = OsloDate.Today(_api.Clock);

        await ClarifiedAsync(tone, caseId);
        await DecideAsync(caseId, "Avslutt");

        Assert.Equal(("Finished", "AVSLUTTET_INGEN_BEKYMRING"), await PathwayApi.InstanceAsync(tone, instance));
        Assert.Equal(("Closed", "AVSLUTTET_INGEN_BEKYMRING"), await PathwayApi.CaseAsync(tone, caseId));
        var deadlines = await PathwayApi.DeadlinesAsync(tone, caseId);
        var decision = Assert.Single(deadlines, d => d["name"]!.GetValue<string>() == "beslutningsfrist");
        Assert.Equal(("Met", "Lokal frist"), (decision["status"]!.GetValue<string>(), decision["kindLabel"]!.GetValue<string>()));
        Assert.Equal(registeredOn.AddDays(14).ToString("yyyy-MM-dd"), decision["dueLocal"]!.GetValue<string>()[..10]);
        Assert.Equal("Met", Assert.Single(deadlines, d => d["name"]!.GetValue<string>() == "kontakt")["status"]!.GetValue<string>());
        Assert.Empty(await PathwayApi.OpenTasksAsync(tone, caseId));
    }

    [Theory]
    [InlineData("Videre til P3", "VIDERE_P3")]
    [InlineData("Videre til P5", "VIDERE_P5")]
    [InlineData("Videre til P7", "VIDERE_P7")]
    [InlineData("Anonym veiledning gitt", "ANONYM_VEILEDNING_GITT")]
    public async Task P1_DecisionHandsTheEnquiryToAnotherPathway_ClosesTheLevel0CaseWithItsCode(string outcome, string endCode)
    {
        var (tone, caseId, instance) = await RegisteredAsync(PersonAged(_api.Clock, 12));

        await ClarifiedAsync(tone, caseId);
        await DecideAsync(caseId, outcome);

        Assert.Equal(("Finished", endCode), await PathwayApi.InstanceAsync(tone, instance));
        Assert.Equal(("Closed", endCode), await PathwayApi.CaseAsync(tone, caseId));
    }

    [Fact]
    public async Task P1_LevelOne_EndsVidereNiva1_AndTheCaseGoesOnWithAStafettholder()
    {
        var (tone, caseId, instance) = await RegisteredAsync(PersonAged(_api.Clock, 5));

        await ClarifiedAsync(tone, caseId);
        await DecideAsync(caseId, "Nivå 1");

        var found = (await tone.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}", Ct))!;
        Assert.Equal(("Finished", "VIDERE_NIVÅ1"), await PathwayApi.InstanceAsync(tone, instance));
        Assert.Equal(("Open", 1, "tone.koordinator"), (found["status"]!.GetValue<string>(), found["level"]!.GetValue<int>(), found["stafettholder"]!.GetValue<string>()));
        Assert.Contains("niva-endret", await TimelineKindsAsync(tone, caseId));
    }

    [Fact]
    public async Task P1_ToTheTeam_EndsVidereP2_AndP2StartsOnTheSameCaseAtLevel2()
    {
        var (tone, caseId, instance) = await RegisteredAsync(PersonAged(_api.Clock, 10));

        await ClarifiedAsync(tone, caseId);
        await DecideAsync(caseId, "Videre til P2");
        await _api.StartAsync(tone, "p2-tidlig-innsatsteam", caseId);

        var found = (await tone.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}", Ct))!;
        Assert.Equal(("Finished", "VIDERE_P2"), await PathwayApi.InstanceAsync(tone, instance));
        Assert.Equal(("Open", 2, true), (found["status"]!.GetValue<string>(), found["level"]!.GetValue<int>(), found["isTeamCase"]!.GetValue<bool>()));
        Assert.Equal("Coordinator", (await PathwayApi.TaskAsync(tone, caseId, "Mottak"))["candidateRole"]!.GetValue<string>());
    }

    [Fact]
    public async Task P1_AcuteDanger_GoesStraightToBarnevernet_EndsVidereP3()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var registered = await _api.PostAsync(tone, "/api/enquiries", Enquiry(PersonAged(_api.Clock, 8), acute: true, channel: "webskjema"));
        var caseId = registered["caseId"]!.GetValue<string>();

        var acute = await PathwayApi.TaskAsync(tone, caseId, "Akutt fare");
        await _api.CompleteAsync(tone, caseId, "Akutt fare", "Meldt akutt til barnevernet", new JsonObject { ["handling"] = "Politiet varslet, akutt melding registrert." });

        Assert.Equal(("Coordinator", "High"), (acute["candidateRole"]!.GetValue<string>(), acute["priority"]!.GetValue<string>()));
        Assert.Equal(("Finished", "VIDERE_P3"), await PathwayApi.InstanceAsync(tone, registered["instanceId"]!.GetValue<string>()));
        Assert.DoesNotContain(await PathwayApi.DeadlinesAsync(tone, caseId), d => d["name"]!.GetValue<string>() == "kontakt");
    }

    [Fact]
    public async Task P1_AnonymousAskerGivenGuidanceOnTheFirstCall_EndsAnonymVeiledningGitt()
    {
        var (tone, caseId, instance) = await RegisteredAsync(PersonAged(_api.Clock, 14), asker: "anonym");

        await _api.CompleteAsync(tone, caseId, "Ta kontakt med den som henvendte seg", "Anonym veiledning gitt", new JsonObject { ["samtale"] = "Veiledet om å snakke med skolen." });

        Assert.Equal(("Finished", "ANONYM_VEILEDNING_GITT"), await PathwayApi.InstanceAsync(tone, instance));
        Assert.Equal(("Closed", "ANONYM_VEILEDNING_GITT"), await PathwayApi.CaseAsync(tone, caseId));
    }

    [Fact]
    public async Task P1_R30_ChildOfSevenOrMoreWithoutTheChildsView_IsAskedAgain_BeforeTheDecision()
    {
        var (tone, caseId, _) = await RegisteredAsync(PersonAged(_api.Clock, 7));
        await _api.CompleteAsync(tone, caseId, "Ta kontakt med den som henvendte seg", "Konkretiser bekymringen", new JsonObject { ["samtale"] = "Mor ringte, avtalt samtale." });

        await _api.CompleteAsync(tone, caseId, "Konkretiser bekymringen", "Til beslutning", Concretised(childView: null));
        var afterMissingView = await PathwayApi.OpenTasksAsync(tone, caseId);
        await _api.CompleteAsync(tone, caseId, "Konkretiser bekymringen", "Til beslutning", Concretised("Jeg liker ikke friminuttene."));

        Assert.Single(afterMissingView, t => t["title"]!.GetValue<string>().StartsWith("Konkretiser bekymringen", StringComparison.Ordinal));
        Assert.DoesNotContain(afterMissingView, t => t["title"]!.GetValue<string>().StartsWith("Beslutt videre vei", StringComparison.Ordinal));
        Assert.Single(await PathwayApi.OpenTasksAsync(await fixture.Host.ClientForAsync("lise.leder"), caseId), t => t["title"]!.GetValue<string>().StartsWith("Beslutt videre vei", StringComparison.Ordinal));
    }

    [Fact]
    public async Task P1_AS13_NoDecisionWithinFourteenDays_LeaderGetsATask_LabelledLokalFrist()
    {
        var (tone, caseId, _) = await RegisteredAsync(PersonAged(_api.Clock, 6));
        var lise = await fixture.Host.ClientForAsync("lise.leder");
        await ClarifiedAsync(tone, caseId);

        await _api.AdvanceAsync("P11D");
        var dayEleven = (await PathwayApi.DeadlinesAsync(tone, caseId)).Single(d => d["name"]!.GetValue<string>() == "beslutningsfrist");
        var leaderTasksDayEleven = await PathwayApi.OpenTasksAsync(lise, caseId);
        await _api.AdvanceAsync("P4D");

        var passed = (await PathwayApi.DeadlinesAsync(tone, caseId)).Single(d => d["name"]!.GetValue<string>() == "beslutningsfrist");
        Assert.Equal("Reminded", dayEleven["status"]!.GetValue<string>());
        Assert.DoesNotContain(leaderTasksDayEleven, t => t["title"]!.GetValue<string>().Contains("ikke tatt innen fristen", StringComparison.Ordinal));
        Assert.Equal(("Overdue", "Lokal frist"), (passed["status"]!.GetValue<string>(), passed["kindLabel"]!.GetValue<string>()));
        Assert.Equal("Supervisor", (await PathwayApi.TaskAsync(lise, caseId, "ikke tatt innen fristen"))["candidateRole"]!.GetValue<string>());
    }

    [Fact]
    public async Task RegisterEnquiry_R75_BadInput_Answers400WithEveryFieldAtOnce_AndStoresNothing()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var body = Enquiry(PersonAged(_api.Clock, 24));
        body["channel"] = "brevdue";
        body["asker"] = null;
        var concern = body["concern"]!.GetValue<string>();

        var response = await tone.PostAsJsonAsync("/api/enquiries", body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["asker", "channel", "child"], ErrorFields(await BodyAsync(response)));
        Assert.Equal((0, 0), await StoredAsync(fixture.Host, concern));
    }

    [Fact]
    public async Task RegisterEnquiry_ForAnotherTeam_Answers403_AndWithoutSignIn401()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var body = Enquiry(PersonAged(_api.Clock, 9));
        body["team"] = "bv-vest";

        var forbidden = await tone.PostAsJsonAsync("/api/enquiries", body, Ct);
        var anonymous = await fixture.Host.CreateClient().PostAsJsonAsync("/api/enquiries", body, Ct);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (forbidden.StatusCode, anonymous.StatusCode));
        Assert.Equal((0, 0), await StoredAsync(fixture.Host, body["concern"]!.GetValue<string>()));
    }

    // Tone registers a henvendelse for the child: a BTI case at level 0 and its P1 instance, waiting for the same-day contact.
    private async Task<(HttpClient Tone, string CaseId, string Instance)> RegisteredAsync(JsonObject child, string asker = "forelder")
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var registered = await _api.PostAsync(tone, "/api/enquiries", Enquiry(child, asker));
        Assert.Equal((0, "BTI"), (registered["case"]!["level"]!.GetValue<int>(), registered["case"]!["kind"]!.GetValue<string>()));
        return (tone, registered["caseId"]!.GetValue<string>(), registered["instanceId"]!.GetValue<string>());
    }

    // The same-day contact and the concretising step with the family informed and the child's view.
    private async Task ClarifiedAsync(HttpClient tone, string caseId)
    {
        await _api.CompleteAsync(tone, caseId, "Ta kontakt med den som henvendte seg", "Konkretiser bekymringen", new JsonObject { ["samtale"] = "Mor ringte, avtalt samtale." });
        await _api.CompleteAsync(tone, caseId, "Konkretiser bekymringen", "Til beslutning", Concretised("Jeg vil at det skal bli bedre."));
    }

    // Lise (the team's leader) decides the way on.
    private async Task DecideAsync(string caseId, string outcome) =>
        await _api.CompleteAsync(await fixture.Host.ClientForAsync("lise.leder"), caseId, "Beslutt videre vei", outcome, new JsonObject { ["begrunnelse"] = "Avklart med familien og skolen." });
}

public sealed class SqliteOneDoorInTests(SqliteHostFixture fixture) : OneDoorInTests(fixture), IClassFixture<SqliteHostFixture>;

public sealed class PostgreSqlOneDoorInTests(PostgreSqlHostFixture fixture) : OneDoorInTests(fixture), IClassFixture<PostgreSqlHostFixture>;
