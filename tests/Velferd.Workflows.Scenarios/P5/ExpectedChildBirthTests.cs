using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.P5;

/// <summary>
/// R-52's link at birth, through the API as kari.ke and hanne.helsesykepleier with the dev clock: a family expecting a
/// child gets an IP case on the unborn child (no number, a due date) with a barnekoordinator; when Folkeregisteret's
/// feed reports the birth of the simulator's newborn (01862451054, born 2024-06-01, mother 10858540068), the case is
/// the child's: its number, the registry's birth date, the plan and the barnekoordinator kept. Twins (the simulator's
/// 01862451135, born the same day) each take one of the mother's two cases.
/// </summary>
public abstract class ExpectedChildBirthTests(HostFixture fixture)
{
    private static readonly string[] Services = ["helse", "barnehage"];

    private readonly PathwayApi _api = new(fixture.Host);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // the birth event links the expected child's case to the newborn's number (found by the mother on the case and
    // a due date the birth fits); the same event read again changes nothing; another mother's expected child and the
    // same mother's child due next year stay unborn. Twins: the mother has a case for each unborn child; the first birth
    // (read twice) takes only the first case, the twin's birth the second.
    [Fact]
    public async Task R52_ExpectedChildBorn_CaseLinkedToTheNewbornsNumber_PlanAndBarnekoordinatorKept_ReplayAndTwinTakeNoOtherCase()
    {
        await _api.SetClockAsync("2024-03-01T09:00:00+01:00");
        var kari = await fixture.Host.ClientForAsync("kari.ke");
        var hanne = await fixture.Host.ClientForAsync("hanne.helsesykepleier");
        var mother = new JsonObject { ["fnr"] = TestPersons.Mother };
        var expected = await ExpectingAsync(kari, "2024-06-10", mother);
        var twin = await ExpectingAsync(kari, "2024-06-10", mother);
        var otherMother = await ExpectingAsync(kari, "2024-06-05", Guardian());
        var dueNextYear = await ExpectingAsync(kari, "2025-02-01", mother);
        await _api.PostAsync(kari, $"/api/cases/{expected}/individual-plan/request", new
        {
            need = "Barnet ventes med alvorlig hjertefeil og vil trenge helsetjenester og tilrettelegging.",
            services = Services,
            longTermNeeds = true,
        });
        await _api.PostAsync(kari, $"/api/cases/{expected}/individual-plan/right", new { granted = true });
        await _api.PostAsync(kari, $"/api/cases/{expected}/individual-plan", new { wanted = true });
        var appointed = (await _api.PostAsync(kari, $"/api/cases/{expected}/coordinators", new { user = "hanne.helsesykepleier", kind = "barnekoordinator" }))["id"]!.GetValue<string>();
        await _api.PostAsync(hanne, $"/api/coordinators/{appointed}/accept", new { });

        await _api.SetClockAsync("2024-06-02T09:00:00+02:00");
        await _api.DeliverBirthAsync(TestPersons.Newborn, replayed: true);
        var twinBeforeItsBirth = (await CaseAsync(kari, twin))["child"]!["unborn"]!.GetValue<bool>();
        await _api.DeliverBirthAsync(TestPersons.NewbornTwin, replayed: false);

        var child = (await CaseAsync(kari, expected))["child"]!;
        var plan = (await kari.GetFromJsonAsync<JsonObject>($"/api/cases/{expected}/individual-plan", Ct))!;
        var timeline = (await kari.GetFromJsonAsync<JsonArray>($"/api/cases/{expected}/timeline", Ct))!;
        var found = (await kari.GetFromJsonAsync<JsonObject>($"/api/cases?q={TestPersons.Newborn}", Ct))!["items"]!.AsArray();
        Assert.Equal(
            (TestPersons.Newborn, false, null, "2024-06-01", true),
            (child["fnr"]?.GetValue<string>(), child["unborn"]!.GetValue<bool>(), child["dueDate"]?.GetValue<string>(),
                child["birthDate"]?.GetValue<string>(), child["birthDateFromRegistry"]!.GetValue<bool>()));
        Assert.Single(timeline, e => e!["kind"]!.GetValue<string>() == "folkeregister-livshendelse"
            && e["detail"]!.GetValue<string>().Contains("barnet er født", StringComparison.Ordinal));
        Assert.DoesNotContain(timeline, e => e!["detail"]?.GetValue<string>().Contains(TestPersons.Newborn, StringComparison.Ordinal) == true);
        Assert.Equal(("INDIVIDUELL_PLAN", "hanne.helsesykepleier"), (plan["status"]!.GetValue<string>(), plan["coordinator"]?["user"]?.GetValue<string>()));
        Assert.Contains(found, c => c!["id"]!.GetValue<string>() == expected);
        Assert.True((await CaseAsync(kari, otherMother))["child"]!["unborn"]!.GetValue<bool>());
        Assert.True((await CaseAsync(kari, dueNextYear))["child"]!["unborn"]!.GetValue<bool>());
        Assert.True(twinBeforeItsBirth, "the first twin's birth (read twice) took the second twin's case too");
        Assert.Equal(TestPersons.NewbornTwin, (await CaseAsync(kari, twin))["child"]!["fnr"]?.GetValue<string>());
    }

    private static async Task<JsonObject> CaseAsync(HttpClient client, string caseId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}", Ct))!;

    // An IP case of KE for a child due on «dueDate», with «guardian» as the expecting parent.
    private static async Task<string> ExpectingAsync(HttpClient kari, string dueDate, JsonObject guardian) =>
        (await CreateAsync(kari, CaseOf("IP", "ke", new JsonObject { ["unborn"] = true, ["dueDate"] = dueDate }, guardian)))["id"]!.GetValue<string>();
}

public sealed class SqliteExpectedChildBirthTests(SqliteHostFixture fixture) : ExpectedChildBirthTests(fixture), IClassFixture<SqliteHostFixture>;

public sealed class PostgreSqlExpectedChildBirthTests(PostgreSqlHostFixture fixture) : ExpectedChildBirthTests(fixture), IClassFixture<PostgreSqlHostFixture>;
