using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Testing.Welfare;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Welfare;

/// <summary>
/// <c>/api/cases</c> over HTTP as the demo users, on a frozen clock: registering (R-56, R-57, R-75 and AS-25's bad input:
/// field errors all at once, nothing stored), reading, the timeline, team members, closing, and who may see what.
/// </summary>
public abstract class CaseApiTests(FrozenClockHostFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TimeProvider Clock => fixture.Clock;

    [Fact]
    public async Task Create_TitCase_Is201AndReadsBackWithPersonsAgeAndConsentMangler()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var child = PersonAged(Clock, 9, name: "Testbarn");

        var created = await CreateAsync(tone, TitCase(child, Guardian(), Guardian()));
        var id = created["id"]!.GetValue<string>();
        var read = (await tone.GetFromJsonAsync<JsonObject>($"/api/cases/{id}", Ct))!;

        Assert.Equal(("Open", 2, true, "tit-sentrum", "MANGLER"), (read["status"]!.GetValue<string>(), read["level"]!.GetValue<int>(),
            read["isTeamCase"]!.GetValue<bool>(), read["team"]!.GetValue<string>(), read["consentStatus"]!.GetValue<string>()));
        Assert.Equal((child["fnr"]!.GetValue<string>(), 9, "Testbarn"), (read["child"]!["fnr"]!.GetValue<string>(), read["child"]!["age"]!.GetValue<int>(), read["child"]!["name"]!.GetValue<string>()));
        Assert.Equal(2, read["guardians"]!.AsArray().Count);
        Assert.All(read["guardians"]!.AsArray(), g => Assert.True(g!["hasParentalResponsibility"]!.GetValue<bool>()));
        Assert.Equal(["sak-opprettet"], await TimelineKindsAsync(tone, id));
        var entry = (await tone.GetFromJsonAsync<JsonArray>($"/api/cases/{id}/timeline", Ct))![0]!;
        Assert.Equal("tone.koordinator", entry["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_R75_AS25_PersonAged24IsRefusedOnChildAndNothingIsStored()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var body = TitCase(PersonAged(Clock, 24), Guardian());

        var response = await tone.PostAsJsonAsync("/api/cases", body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await BodyAsync(response);
        Assert.Equal(["child"], ErrorFields(problem));
        Assert.Contains("R-75", problem["errors"]!["child"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, (await StoredAsync(fixture.Host, body["question"]!.GetValue<string>())).Cases);
    }

    [Fact]
    public async Task Create_R75_YoungPersonOf23IsInTheTargetGroup()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");

        var created = await CreateAsync(tone, TitCase(PersonAged(Clock, 23, 11)));

        Assert.Equal(23, created["child"]!["age"]!.GetValue<int>());
    }

    [Fact]
    public async Task Create_R56R57_EveryErrorAtOnceAndNothingStored()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var child = PersonAged(Clock, 5);
        child["fnr"] = IdentityNumbers.WithBadCheckDigit(child["fnr"]!.GetValue<string>());
        var body = TitCase(child, new JsonObject { ["unborn"] = true, ["dueDate"] = "1. mai" });
        body["kind"] = "Skole";
        body["team"] = "";

        var response = await tone.PostAsJsonAsync("/api/cases", body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = ErrorFields(await BodyAsync(response));
        Assert.Contains("child.fnr", fields);
        Assert.Contains("kind", fields);
        Assert.Contains("team", fields);
        Assert.Contains("guardians[0]", fields);
        Assert.Contains("guardians[0].dueDate", fields);
        Assert.Equal(0, (await StoredAsync(fixture.Host, body["question"]!.GetValue<string>())).Cases);
    }

    [Fact]
    public async Task Create_R56_UnbornChildWithDueDate_AndDueDateWithoutUnbornIsRefused()
    {
        var hanne = await fixture.Host.ClientForAsync("hanne.helsesykepleier");
        var unborn = new JsonObject { ["kind"] = "Helsestasjon", ["team"] = "tit-sentrum", ["child"] = new JsonObject { ["unborn"] = true, ["dueDate"] = "2027-05-01" }, ["guardians"] = new JsonArray(Guardian()) };
        var wrong = new JsonObject { ["kind"] = "Helsestasjon", ["team"] = "tit-sentrum", ["child"] = new JsonObject { ["unborn"] = false, ["fnr"] = PersonAged(Clock, 1)["fnr"]!.GetValue<string>(), ["dueDate"] = "2027-05-01" } };

        var created = await CreateAsync(hanne, unborn);
        var refused = await hanne.PostAsJsonAsync("/api/cases", wrong, Ct);

        Assert.Equal((true, "2027-05-01", "ikke-sjekket"), (created["child"]!["unborn"]!.GetValue<bool>(), created["child"]!["dueDate"]!.GetValue<string>(), created["child"]!["registry"]!.GetValue<string>()));
        Assert.Null(created["child"]!["fnr"]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["child.dueDate"], ErrorFields(await BodyAsync(refused)));
    }

    [Fact]
    public async Task Get_CaseOfAnotherTeam_Is404UntilTheUserIsAddedAsMember()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 10))))["id"]!.GetValue<string>();

        var before = await bjorn.GetAsync($"/api/cases/{id}", Ct);
        var timelineBefore = await bjorn.GetAsync($"/api/cases/{id}/timeline", Ct);
        var added = await tone.PostAsJsonAsync($"/api/cases/{id}/members", new { user = "bjorn.barnevern", service = "barnevern" }, Ct);
        var after = await bjorn.GetAsync($"/api/cases/{id}", Ct);
        var again = await tone.PostAsJsonAsync($"/api/cases/{id}/members", new { user = "bjorn.barnevern", service = "barnevern" }, Ct);
        var unknown = await tone.GetAsync("/api/cases/finnes-ikke", Ct);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (before.StatusCode, timelineBefore.StatusCode));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var member = (await BodyAsync(added))["members"]![0]!;
        Assert.Equal(("bjorn.barnevern", "barnevern"), (member["user"]!.GetValue<string>(), member["service"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(["sak-opprettet", "medlem-lagt-til"], await TimelineKindsAsync(tone, id));
    }

    [Fact]
    public async Task Create_WhoMay_401WithoutToken403ForProcessOwnerAndForAnotherTeam()
    {
        var anonymous = fixture.Host.CreateClient();
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var body = TitCase(PersonAged(Clock, 8));
        var otherTeam = TitCase(PersonAged(Clock, 8));
        otherTeam["team"] = "bv-vest";

        var unauthenticated = await anonymous.PostAsJsonAsync("/api/cases", body, Ct);
        var processOwner = await kari.PostAsJsonAsync("/api/cases", body, Ct);
        var notMyTeam = await ola.PostAsJsonAsync("/api/cases", otherTeam, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, processOwner.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notMyTeam.StatusCode);
        Assert.Equal(0, (await StoredAsync(fixture.Host, otherTeam["question"]!.GetValue<string>())).Cases);
    }

    [Fact]
    public async Task Close_UnknownEndCodeIs400_ThenClosed_ThenAgainIs409WithDetail()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 12))))["id"]!.GetValue<string>();

        var bad = await tone.PostAsJsonAsync($"/api/cases/{id}/close", new { endCode = "FERDIG", reason = "" }, Ct);
        var closed = await tone.PostAsJsonAsync($"/api/cases/{id}/close", new { endCode = "AVSLUTTET_MÅL_NÅDD", reason = "Målene er nådd" }, Ct);
        var again = await tone.PostAsJsonAsync($"/api/cases/{id}/close", new { endCode = "AVSLUTTET_ETTER_ØNSKE", reason = "Ønsket" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["endCode", "reason"], ErrorFields(await BodyAsync(bad)));
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var view = await BodyAsync(closed);
        Assert.Equal(("Closed", "AVSLUTTET_MÅL_NÅDD"), (view["status"]!.GetValue<string>(), view["endCode"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("allerede avsluttet", (await BodyAsync(again))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_InDevelopment_ListEveryRoleAndServiceAndTheTokenCarriesThem()
    {
        var anonymous = fixture.Host.CreateClient();

        var users = (await anonymous.GetFromJsonAsync<JsonArray>("/api/users", Ct))!;
        var token = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "petra.ppt", password = "demo" }, Ct);

        var services = users.SelectMany(u => u!["services"]!.AsArray().Select(s => s!.GetValue<string>())).ToHashSet();
        var roles = users.SelectMany(u => u!["roles"]!.AsArray().Select(s => s!.GetValue<string>())).ToHashSet();
        Assert.Superset(new HashSet<string> { "tit", "skole", "ppt", "helse", "barnevern", "nav", "ke" }, services);
        Assert.Superset(new HashSet<string> { "Coordinator", "Caseworker", "Supervisor", "ProcessOwner", "Admin" }, roles);
        Assert.DoesNotContain("password", users.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        var claims = Claims((await BodyAsync(token))["accessToken"]!.GetValue<string>());
        Assert.Equal(("ppt", "tit-sentrum", "Caseworker"), (claims["service"]!.GetValue<string>(), claims["team"]!.GetValue<string>(), claims["role"]!.GetValue<string>()));
    }

    private static JsonObject Claims(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonNode.Parse(Convert.FromBase64String(payload))!.AsObject();
    }
}

public sealed class SqliteCaseApiTests(SqliteFrozenClockHostFixture fixture) : CaseApiTests(fixture), IClassFixture<SqliteFrozenClockHostFixture>;

public sealed class PostgreSqlCaseApiTests(PostgreSqlFrozenClockHostFixture fixture) : CaseApiTests(fixture), IClassFixture<PostgreSqlFrozenClockHostFixture>;
