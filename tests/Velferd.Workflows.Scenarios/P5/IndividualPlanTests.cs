using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Welfare.Persons;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.P5;

/// <summary>
/// P5 individual plan, koordinator and barnekoordinator (DOMAIN.md §3.6, §6 P5) as seeded, driven through the API as
/// the demo users (kari.ke of the koordinerende enhet, kjell.keleder its leader, hanne.helsesykepleier and
/// tone.koordinator as koordinators) with time moved by the dev clock: the request starts the pathway, the right is
/// decided within 4 weeks, the wish and the koordinator's acceptance lead to every end code of P5.
/// </summary>
public abstract class IndividualPlanTests(HostFixture fixture)
{
    private const string Pathway = "p5-individuell-plan";

    private static readonly string[] UnknownService = ["tannlege"];

    private readonly PathwayApi _api = new(fixture.Host);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => OsloDate.Today(_api.Clock);

    // the right is due 4 weeks after receipt (local deadline, the leader alerted when it passes); still undecided,
    // a preliminary reply is due a month after receipt (forvaltningsloven § 11 a); a late decision still carries on.
    [Fact]
    public async Task R54_RightUndecidedAfterFourWeeks_LeaderAlerted_PreliminaryReplyDueAMonthAfterReceipt_LateDecisionCarriesOn()
    {
        var (kari, caseId, instance) = await RequestedAsync(Today.AddYears(-9));
        var received = Today;
        var rightDeadline = await DeadlineAsync(kari, caseId, "avgjørelse_rett_til_ip");

        await _api.AdvanceAsync("P29D");
        var overdue = await DeadlineAsync(kari, caseId, "avgjørelse_rett_til_ip");
        var reply = await PathwayApi.TaskAsync(kari, caseId, "Send foreløpig svar");
        var replyDeadline = await DeadlineAsync(kari, caseId, "foreløpig_svar");
        var kjell = await fixture.Host.ClientForAsync("kjell.keleder");
        var alert = await PathwayApi.TaskAsync(kjell, caseId, "Retten til individuell plan er ikke avgjort innen 4 uker");
        await _api.PostAsync(kari, $"/api/cases/{caseId}/individual-plan/right", new { granted = true });
        var plan = await PlanAsync(kari, caseId);

        Assert.Equal(("Lokal frist", received.AddDays(28).ToString("yyyy-MM-dd")), (rightDeadline["kindLabel"]!.GetValue<string>(), rightDeadline["dueLocal"]!.GetValue<string>()[..10]));
        Assert.Equal("Overdue", overdue["status"]!.GetValue<string>());
        Assert.Equal("Caseworker", reply["candidateRole"]!.GetValue<string>());
        Assert.Equal(("Lovpålagt frist", received.AddMonths(1).ToString("yyyy-MM-dd")), (replyDeadline["kindLabel"]!.GetValue<string>(), replyDeadline["dueLocal"]!.GetValue<string>()[..10]));
        Assert.Equal(("Supervisor", "High"), (alert["candidateRole"]!.GetValue<string>(), alert["priority"]!.GetValue<string>()));
        Assert.Equal(("VENTER_PÅ_ØNSKE", "uten koordinator"), (plan["status"]!.GetValue<string>(), plan["coordinatorLabel"]!.GetValue<string>()));
        Assert.Equal(("Suspended", null), await PathwayApi.InstanceAsync(kari, instance));
    }

    // a refusal needs reasons; it goes to the family as a vedtak with appeal information; when the appeal
    // window has passed the case ends AVSLÅTT_VILKÅR_IKKE_OPPFYLT.
    [Fact]
    public async Task R54_RightRefused_VedtakLetterWithAppealInformation_EndsAvslattVilkarIkkeOppfyltAfterTheAppealWindow()
    {
        var (kari, caseId, instance) = await RequestedAsync(Today.AddYears(-12), services: ["helse"], longTermNeeds: false);

        var unreasoned = await kari.PostAsJsonAsync($"/api/cases/{caseId}/individual-plan/right", new { granted = false }, Ct);
        var grantedWithoutCriteria = await kari.PostAsJsonAsync($"/api/cases/{caseId}/individual-plan/right", new { granted = true }, Ct);
        var stillOpen = await PlanAsync(kari, caseId);
        await _api.PostAsync(kari, $"/api/cases/{caseId}/individual-plan/right", new { granted = false, reason = "Behovet gjelder bare én tjeneste og er ikke langvarig." });
        var letters = (await kari.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/letters", Ct))!;
        var window = await DeadlineAsync(kari, caseId, "klagefrist_ip");
        await _api.AdvanceAsync("P29D");

        Assert.Equal(["reason"], ErrorFields(await BodyAsync(unreasoned)));
        Assert.Equal(["granted"], ErrorFields(await BodyAsync(grantedWithoutCriteria)));
        Assert.Null(stillOpen["right"]);
        var vedtak = Assert.Single(letters, l => l!["kind"]!.GetValue<string>() == "vedtak")!;
        Assert.Equal("Vedtak om individuell plan og koordinator", vedtak["title"]!.GetValue<string>());
        Assert.Equal("Lovpålagt frist", window["kindLabel"]!.GetValue<string>());
        Assert.Equal(("Finished", "AVSLÅTT_VILKÅR_IKKE_OPPFYLT"), await PathwayApi.InstanceAsync(kari, instance));
        Assert.Equal(("Closed", "AVSLÅTT_VILKÅR_IKKE_OPPFYLT"), await PathwayApi.CaseAsync(kari, caseId));
    }

    // an appeal received in the window goes to the leader; the refusal upheld ends the case with the same code.
    [Fact]
    public async Task R54_RefusalAppealed_LeaderHandlesTheAppeal_EndsAvslattVilkarIkkeOppfylt()
    {
        var (kari, caseId, instance) = await RequestedAsync(Today.AddYears(-12), services: ["helse"], longTermNeeds: false);
        await _api.PostAsync(kari, $"/api/cases/{caseId}/individual-plan/right", new { granted = false, reason = "Ikke langvarig behov." });
        var kjell = await fixture.Host.ClientForAsync("kjell.keleder");

        await _api.CompleteAsync(kari, caseId, "Klage på avslag", "Klage mottatt", new JsonObject { ["klage"] = "Familien mener behovet er langvarig." });
        var appeal = await PathwayApi.TaskAsync(kjell, caseId, "Behandle klage på avslag");
        await _api.CompleteAsync(kjell, caseId, "Behandle klage på avslag", "Klagen er behandlet", new JsonObject { ["vurdering"] = "Opprettholdt; sendt Statsforvalteren." });

        Assert.Equal("Supervisor", appeal["candidateRole"]!.GetValue<string>());
        Assert.Equal(("Finished", "AVSLÅTT_VILKÅR_IKKE_OPPFYLT"), await PathwayApi.InstanceAsync(kari, instance));
    }

    // an IP only if wanted; the accepted koordinator holds the start meeting and evaluates every 6 months; each
    // evaluation outcome ends the pathway with its code.
    [Theory]
    [InlineData("Avslutt etter ønske", "AVSLUTTET_ØNSKE")]
    [InlineData("Behov opphørt", "AVSLUTTET_BEHOV_OPPHØRT")]
    [InlineData("Overført til voksen koordinator", "OVERFØRT_VOKSEN_KOORDINATOR")]
    [InlineData("Flyttet", "FLYTTET")]
    public async Task R50_PlanWanted_KoordinatorAccepts_MeetsAndEvaluatesEverySixMonths_EndsWithTheChosenCode(string outcome, string endCode)
    {
        var (kari, caseId, instance) = await GrantedAsync(Today.AddYears(-10));
        var hanne = await fixture.Host.ClientForAsync("hanne.helsesykepleier");

        var wish = await _api.PostAsync(kari, $"/api/cases/{caseId}/individual-plan", new { wanted = true });
        var coordinator = await AppointAsync(kari, caseId, "hanne.helsesykepleier", "koordinator");
        var beforeAccept = await PlanAsync(kari, caseId);
        await AcceptAsync(hanne, coordinator);
        var meeting = await MineAsync(hanne, caseId, "Oppstartsmøte for individuell plan");
        await CompleteMineAsync(hanne, caseId, "Oppstartsmøte for individuell plan", "Møtet er holdt", new JsonObject
        {
            ["mal"] = "Gå på skolen hver dag.", ["tiltak"] = "Helse: fysioterapi. PPT: tilrettelegging.", ["deling"] = "Helse og PPT deler mål og tiltak.",
        });
        var evaluationDeadline = await DeadlineAsync(kari, caseId, "evaluering_ip");
        await CompleteMineAsync(hanne, caseId, "Evaluer individuell plan", "Fortsett", Evaluation());
        await CompleteMineAsync(hanne, caseId, "Evaluer individuell plan", outcome, Evaluation());

        Assert.Equal("INDIVIDUELL_PLAN", wish["status"]!.GetValue<string>());
        Assert.Equal("uten koordinator", beforeAccept["coordinatorLabel"]!.GetValue<string>());
        Assert.Equal("hanne.helsesykepleier", meeting["assignedTo"]!.GetValue<string>());
        Assert.Equal(("Lokal frist", Today.AddMonths(6).ToString("yyyy-MM-dd")), (evaluationDeadline["kindLabel"]!.GetValue<string>(), evaluationDeadline["dueLocal"]!.GetValue<string>()[..10]));
        Assert.Equal(("Finished", endCode), await PathwayApi.InstanceAsync(kari, instance));
        Assert.Equal(("Closed", endCode), await PathwayApi.CaseAsync(kari, caseId));
    }

    // AS-18 and R-51: the IP declined, the case is KOORDINATOR_UTEN_IP, the koordinator offer still goes out by letter,
    // and the koordinator follows up until the assignment ends: KOORDINATOR_UTEN_IP_AVSLUTTET.
    [Fact]
    public async Task AS18_R51_IpDeclined_KoordinatorUtenIp_OfferLetterSent_KoordinatorFollowsUp_EndsKoordinatorUtenIpAvsluttet()
    {
        var (kari, caseId, instance) = await GrantedAsync(Today.AddYears(-15));
        var hanne = await fixture.Host.ClientForAsync("hanne.helsesykepleier");

        var declined = await _api.PostAsync(kari, $"/api/cases/{caseId}/individual-plan", new { wanted = false });
        var letters = (await kari.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/letters", Ct))!;
        var coordinator = await AppointAsync(kari, caseId, "hanne.helsesykepleier", "koordinator");
        await AcceptAsync(hanne, coordinator);
        var followUp = await MineAsync(hanne, caseId, "Oppfølging med koordinator");
        var withKoordinator = await PlanAsync(kari, caseId);
        await CompleteMineAsync(hanne, caseId, "Oppfølging med koordinator", "Avslutt", new JsonObject { ["vurdering"] = "Tjenestene samarbeider godt nå." });

        Assert.Equal(("KOORDINATOR_UTEN_IP", false), (declined["status"]!.GetValue<string>(), declined["wanted"]!.GetValue<bool>()));
        Assert.Contains(letters, l => l!["kind"]!.GetValue<string>() == "informasjon" && l["title"]!.GetValue<string>() == "Tilbud om koordinator");
        Assert.Equal("hanne.helsesykepleier", followUp["assignedTo"]!.GetValue<string>());
        Assert.Equal(("KOORDINATOR_UTEN_IP", "hanne.helsesykepleier"), (withKoordinator["status"]!.GetValue<string>(), withKoordinator["coordinator"]!["user"]!.GetValue<string>()));
        Assert.Null(withKoordinator["coordinatorLabel"]);
        Assert.Equal(("Finished", "KOORDINATOR_UTEN_IP_AVSLUTTET"), await PathwayApi.InstanceAsync(kari, instance));
    }

    // AS-18 and R-53: one koordinator at a time, counted after acceptance; when one leaves, KE gets a reassignment task
    // and the case shows «uten koordinator» until the successor accepts.
    [Fact]
    public async Task AS18_R53_KoordinatorLeaves_ReassignmentTask_UtenKoordinatorUntilTheSuccessorAccepts()
    {
        var (kari, caseId, _) = await GrantedAsync(Today.AddYears(-15));
        var hanne = await fixture.Host.ClientForAsync("hanne.helsesykepleier");
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        await _api.PostAsync(kari, $"/api/cases/{caseId}/individual-plan", new { wanted = false });
        var first = await AppointAsync(kari, caseId, "hanne.helsesykepleier", "koordinator");

        var second = await kari.PostAsJsonAsync($"/api/cases/{caseId}/coordinators", new { user = "tone.koordinator", kind = "koordinator" }, Ct);
        var notHers = await tone.PostAsync($"/api/coordinators/{first}/accept", null, Ct);
        await AcceptAsync(hanne, first);
        var left = await _api.PostAsync(hanne, $"/api/coordinators/{first}/leave", new { reason = "Flytter fra kommunen." });
        var reassign = await PathwayApi.TaskAsync(kari, caseId, "Oppnevn ny koordinator");
        var afterLeaving = await PlanAsync(kari, caseId);
        var successor = await AppointAsync(kari, caseId, "tone.koordinator", "koordinator");
        var offered = await PlanAsync(kari, caseId);
        await AcceptAsync(tone, successor);
        var accepted = await PlanAsync(kari, caseId);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("R-53", (await BodyAsync(second))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, notHers.StatusCode);
        Assert.Equal("SLUTTET", left["status"]!.GetValue<string>());
        Assert.Equal("High", reassign["priority"]!.GetValue<string>());
        Assert.Equal(("uten koordinator", "uten koordinator"), (afterLeaving["coordinatorLabel"]!.GetValue<string>(), offered["coordinatorLabel"]!.GetValue<string>()));
        Assert.Equal("tone.koordinator", accepted["coordinator"]!["user"]!.GetValue<string>());
        Assert.Null(accepted["coordinatorLabel"]);
    }

    // no koordinator has accepted 14 days after the right: the KE leader gets a task.
    [Fact]
    public async Task R53_NoKoordinatorWithinFourteenDaysOfTheRight_KeLeaderTask()
    {
        var (kari, caseId, _) = await GrantedAsync(Today.AddYears(-15));
        var kjell = await fixture.Host.ClientForAsync("kjell.keleder");
        var deadline = await DeadlineAsync(kari, caseId, "koordinator_oppnevnt");

        await _api.AdvanceAsync("P15D");
        var alert = await PathwayApi.TaskAsync(kjell, caseId, "Ingen koordinator 14 dager etter vedtak om rett");

        Assert.Equal(Today.AddDays(-1).ToString("yyyy-MM-dd"), deadline["dueLocal"]!.GetValue<string>()[..10]);
        Assert.Equal(("Supervisor", "High"), (alert["candidateRole"]!.GetValue<string>(), alert["priority"]!.GetValue<string>()));
    }

    // a family expecting a seriously ill child: the right is recorded on the unborn child, the barnekoordinator
    // gets the plan's tasks; a barnekoordinator for an adult is refused.
    [Fact]
    public async Task R52_ExpectedChild_BarnekoordinatorAppointed_PlanTasksGoToTheBarnekoordinator_NoneForAnAdult()
    {
        var kari = await fixture.Host.ClientForAsync("kari.ke");
        var unborn = new JsonObject { ["unborn"] = true, ["dueDate"] = Today.AddMonths(3).ToString("yyyy-MM-dd") };
        var caseId = (await CreateAsync(kari, CaseOf("IP", "ke", unborn, Guardian())))["id"]!.GetValue<string>();
        await RequestAsync(kari, caseId, ["helse", "barnehage"], true);
        await _api.PostAsync(kari, $"/api/cases/{caseId}/individual-plan/right", new { granted = true });
        await _api.PostAsync(kari, $"/api/cases/{caseId}/individual-plan", new { wanted = true });
        var hanne = await fixture.Host.ClientForAsync("hanne.helsesykepleier");

        var coordinator = await AppointAsync(kari, caseId, "hanne.helsesykepleier", "barnekoordinator");
        await AcceptAsync(hanne, coordinator);
        var meeting = await MineAsync(hanne, caseId, "Oppstartsmøte for individuell plan");
        var (_, adultCase, _) = await GrantedAsync(Today.AddYears(-22));
        await _api.PostAsync(kari, $"/api/cases/{adultCase}/individual-plan", new { wanted = true });
        var forAdult = await kari.PostAsJsonAsync($"/api/cases/{adultCase}/coordinators", new { user = "hanne.helsesykepleier", kind = "barnekoordinator" }, Ct);

        Assert.Equal("hanne.helsesykepleier", meeting["assignedTo"]!.GetValue<string>());
        Assert.Equal(["kind"], ErrorFields(await BodyAsync(forAdult)));
    }

    // Bad input stores nothing; another team's caseworker cannot see the case; only an IP case has a plan.
    [Fact]
    public async Task R50_BadRequestOrWrongCase_FieldErrorsOrRefusal_NothingStored()
    {
        var kari = await fixture.Host.ClientForAsync("kari.ke");
        var caseId = (await CreateAsync(kari, CaseOf("IP", "ke", PersonBorn(Today.AddYears(-8)))))["id"]!.GetValue<string>();
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var barnevern = (await CreateAsync(bjorn, CaseOf("Barnevern", "bv-vest", PersonBorn(Today.AddYears(-8)))))["id"]!.GetValue<string>();

        var bad = await kari.PostAsJsonAsync($"/api/cases/{caseId}/individual-plan/request", new { need = "", services = UnknownService, receivedOn = Today.AddDays(2).ToString("yyyy-MM-dd") }, Ct);
        var stored = await kari.GetAsync($"/api/cases/{caseId}/individual-plan", Ct);
        var hidden = await bjorn.PostAsJsonAsync($"/api/cases/{caseId}/individual-plan/request", RequestBody(["helse", "ppt"], true), Ct);
        var wrongKind = await bjorn.PostAsJsonAsync($"/api/cases/{barnevern}/individual-plan/request", RequestBody(["helse", "ppt"], true), Ct);
        var wishFirst = await kari.PostAsJsonAsync($"/api/cases/{caseId}/individual-plan", new { wanted = true }, Ct);

        Assert.Equal(["longTermNeeds", "need", "receivedOn", "services"], ErrorFields(await BodyAsync(bad)));
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, wrongKind.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, wishFirst.StatusCode);
    }

    private static JsonObject Evaluation() => new() { ["vurdering"] = "Planen følges.", ["maloppnaelse"] = "Delvis" };

    private static JsonObject RequestBody(string[] services, bool longTermNeeds) => new()
    {
        ["need"] = "Sammensatte behov for helse og tilrettelegging i skolen.",
        ["services"] = new JsonArray([.. services.Select(s => JsonValue.Create(s))]),
        ["longTermNeeds"] = longTermNeeds,
    };

    private static async Task<JsonObject> PlanAsync(HttpClient client, string caseId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}/individual-plan", Ct))!;

    private static async Task<JsonObject> DeadlineAsync(HttpClient client, string caseId, string name) =>
        Assert.Single(await PathwayApi.DeadlinesAsync(client, caseId), d => d["name"]!.GetValue<string>() == name);

    // The tasks assigned to the signed-in user (a koordinator's tasks are theirs, not the team's to claim).
    private static async Task<JsonObject> MineAsync(HttpClient client, string caseId, string title)
    {
        var page = (await client.GetFromJsonAsync<JsonObject>($"/api/tasks/mine?caseId={Uri.EscapeDataString(caseId)}", Ct))!;
        return Assert.Single(page["items"]!.AsArray(), t => t!["title"]!.GetValue<string>().Contains(title, StringComparison.Ordinal) && t["status"]?.GetValue<string>() != "Completed")!.AsObject();
    }

    private async Task CompleteMineAsync(HttpClient client, string caseId, string title, string outcome, JsonObject form)
    {
        var id = (await MineAsync(client, caseId, title))["id"]!.GetValue<string>();
        var completed = await client.PostAsJsonAsync($"/api/tasks/{id}/complete", new { outcome, form }, Ct);
        Assert.True(completed.IsSuccessStatusCode, await completed.Content.ReadAsStringAsync(Ct));
        await fixture.Host.WaitUntilIdleAsync(TimeSpan.FromSeconds(30));
    }

    private async Task<string> AppointAsync(HttpClient client, string caseId, string user, string kind) =>
        (await _api.PostAsync(client, $"/api/cases/{caseId}/coordinators", new { user, kind }))["id"]!.GetValue<string>();

    private async Task AcceptAsync(HttpClient client, string coordinatorId) =>
        Assert.Equal("AKTIV", (await _api.PostAsync(client, $"/api/coordinators/{coordinatorId}/accept", new { }))["status"]!.GetValue<string>());

    private async Task RequestAsync(HttpClient client, string caseId, string[] services, bool longTermNeeds) =>
        Assert.Equal("VENTER_PÅ_VEDTAK", (await _api.PostAsync(client, $"/api/cases/{caseId}/individual-plan/request", RequestBody(services, longTermNeeds)))["status"]!.GetValue<string>());

    // Kari (KE) registers an IP case for a person born on «born» and the request: P5 starts.
    private async Task<(HttpClient Kari, string CaseId, string Instance)> RequestedAsync(DateOnly born, string[]? services = null, bool longTermNeeds = true)
    {
        var kari = await fixture.Host.ClientForAsync("kari.ke");
        var caseId = (await CreateAsync(kari, CaseOf("IP", "ke", PersonBorn(born), Guardian())))["id"]!.GetValue<string>();
        await RequestAsync(kari, caseId, services ?? ["helse", "ppt"], longTermNeeds);
        var instances = (await kari.GetFromJsonAsync<JsonObject>($"/api/instances?correlationId={caseId}&definitionId={Pathway}", Ct))!;
        return (kari, caseId, instances["items"]!.AsArray().Single()!["id"]!.GetValue<string>());
    }

    private async Task<(HttpClient Kari, string CaseId, string Instance)> GrantedAsync(DateOnly born)
    {
        var (kari, caseId, instance) = await RequestedAsync(born);
        var plan = await _api.PostAsync(kari, $"/api/cases/{caseId}/individual-plan/right", new { granted = true });
        Assert.Equal("VENTER_PÅ_ØNSKE", plan["status"]!.GetValue<string>());
        return (kari, caseId, instance);
    }
}

public sealed class SqliteIndividualPlanTests(SqliteHostFixture fixture) : IndividualPlanTests(fixture), IClassFixture<SqliteHostFixture>;

public sealed class PostgreSqlIndividualPlanTests(PostgreSqlHostFixture fixture) : IndividualPlanTests(fixture), IClassFixture<PostgreSqlHostFixture>;
