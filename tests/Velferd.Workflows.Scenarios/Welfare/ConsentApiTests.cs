using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Welfare;

/// <summary>
/// Consents over HTTP on a frozen clock: recording (R-26, R-30 and AS-25's bad input), the status of R-28 under the
/// default policy «begge», the young person's own consent (AS-07), withdrawal and narrowing (R-31, AS-05's case end).
/// </summary>
public abstract class ConsentApiTests(FrozenClockHostFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TimeProvider Clock => fixture.Clock;

    [Fact]
    public async Task Record_AS25_ValidToBeforeValidFromAndNoChildViewForAChildOf7_FieldErrorsAtOnceAndNothingStored()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var mother = Guardian();
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 7), mother)))["id"]!.GetValue<string>();
        var body = Consent(Clock, childView: null, (mother, "forelder"));
        body["validTo"] = fixture.Clock.GetUtcNow().AddDays(-1).ToString("yyyy-MM-dd");

        var response = await tone.PostAsJsonAsync($"/api/cases/{id}/consents", body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["consent.childView", "consent.validTo"], ErrorFields(await BodyAsync(response)));
        Assert.Equal(0, (await StoredAsync(fixture.Host, "-", id)).Consents);
        Assert.Equal(["sak-opprettet"], await TimelineKindsAsync(tone, id));
        Assert.Equal("MANGLER", (await StatusAsync(tone, id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Record_R26_DefaultValidityIs12MonthsAndUnreadableDatesAreFieldErrors()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var mother = Guardian();
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 5), mother)))["id"]!.GetValue<string>();
        var unreadable = Consent(Clock, null, (mother, "forelder"));
        unreadable["validFrom"] = "i morgen";
        unreadable["method"] = "telefon";

        var consent = await ConsentAsync(tone, id, Consent(Clock, null, (mother, "forelder")));
        var refused = await tone.PostAsJsonAsync($"/api/cases/{id}/consents", unreadable, Ct);

        var from = DateOnly.Parse(consent["validFrom"]!.GetValue<string>());
        Assert.Equal(from.AddMonths(12).AddDays(-1), DateOnly.Parse(consent["validTo"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await BodyAsync(refused);
        Assert.Equal(["consent.method", "consent.validFrom"], ErrorFields(problem));
        Assert.Single(problem["errors"]!["consent.validFrom"]!.AsArray());
    }

    [Fact]
    public async Task ConsentStatus_R28_BeggeWithOneOfTwoHoldersIsDelvisThenBothIsGyldig()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var (mother, father) = (Guardian(), Guardian());
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 10), mother, father)))["id"]!.GetValue<string>();

        await ConsentAsync(tone, id, Consent(Clock, "Jeg vil ha hjelp med lesing.", (mother, "forelder")));
        var partial = await StatusAsync(tone, id);
        await ConsentAsync(tone, id, Consent(Clock, "Jeg vil ha hjelp med lesing.", (father, "forelder")));
        var valid = await StatusAsync(tone, id);

        Assert.Equal(("DELVIS", "DELVIS", "DELVIS"), (partial["status"]!.GetValue<string>(), partial["services"]!["ppt"]!.GetValue<string>(), partial["services"]!["helse"]!.GetValue<string>()));
        Assert.Contains(partial["missing"]!.AsArray(), m => m!.GetValue<string>().Contains("1 av 2", StringComparison.Ordinal));
        Assert.Equal(("GYLDIG", "GYLDIG"), (valid["status"]!.GetValue<string>(), valid["services"]!["ppt"]!.GetValue<string>()));
        Assert.Empty(valid["missing"]!.AsArray());
        Assert.Equal("GYLDIG", (await tone.GetFromJsonAsync<JsonObject>($"/api/cases/{id}", Ct))!["consentStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task ConsentStatus_R28_AS07_YoungPersonOf16Years2MonthsMustConsentToHealth()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var (mother, father, child) = (Guardian(), Guardian(), PersonAged(Clock, 16, 2));
        var id = (await CreateAsync(tone, TitCase(child, mother, father)))["id"]!.GetValue<string>();

        await ConsentAsync(tone, id, Consent(Clock, "Det er greit.", (mother, "forelder"), (father, "forelder")));
        var parentsOnly = await StatusAsync(tone, id);
        await ConsentAsync(tone, id, Consent(Clock, null, (child, "selv")));
        var withOwn = await StatusAsync(tone, id);

        Assert.Equal("DELVIS", parentsOnly["status"]!.GetValue<string>());
        Assert.Contains(parentsOnly["missing"]!.AsArray(), m => m!.GetValue<string>().StartsWith("ppt/helse: den unges eget samtykke mangler", StringComparison.Ordinal));
        Assert.Equal("GYLDIG", withOwn["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Withdraw_R31_NarrowingRemovesOnlyThatServiceAndTheCaseStaysOpen()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var mother = Guardian();
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 6), mother)))["id"]!.GetValue<string>();
        var consent = await ConsentAsync(tone, id, Consent(Clock, null, (mother, "forelder")));

        var narrowed = await tone.PostAsJsonAsync($"/api/consents/{consent["id"]}/withdraw", new JsonObject { ["services"] = new JsonArray("helse"), ["via"] = "muntlig" }, Ct);
        var status = await StatusAsync(tone, id);

        Assert.Equal(HttpStatusCode.OK, narrowed.StatusCode);
        Assert.Equal(["ppt/skole", "ppt/helse"], (await BodyAsync(narrowed))["remaining"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(("DELVIS", "GYLDIG", "TRUKKET"), (status["status"]!.GetValue<string>(), status["services"]!["ppt"]!.GetValue<string>(), status["services"]!["helse"]!.GetValue<string>()));
        Assert.Equal("Open", (await tone.GetFromJsonAsync<JsonObject>($"/api/cases/{id}", Ct))!["status"]!.GetValue<string>());
        Assert.Equal("samtykke-innskrenket", (await TimelineKindsAsync(tone, id))[^1]);
    }

    [Fact]
    public async Task Withdraw_R31_AS05_EverythingEndsTheTitCaseSamtykkeTrukketAndAgainIs409()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var mother = Guardian();
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 6), mother)))["id"]!.GetValue<string>();
        var consent = await ConsentAsync(tone, id, Consent(Clock, null, (mother, "forelder")));

        var withdrawn = await tone.PostAsJsonAsync($"/api/consents/{consent["id"]}/withdraw", new { via = "idporten" }, Ct);
        var again = await tone.PostAsJsonAsync($"/api/consents/{consent["id"]}/withdraw", new { via = "idporten" }, Ct);
        var badScope = await tone.PostAsJsonAsync($"/api/consents/{consent["id"]}/withdraw", new JsonObject { ["services"] = new JsonArray("nav"), ["via"] = "brevdue" }, Ct);

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.True((await BodyAsync(withdrawn))["withdrawn"]!.GetValue<bool>());
        Assert.Equal("TRUKKET", (await StatusAsync(tone, id))["status"]!.GetValue<string>());
        var closed = (await tone.GetFromJsonAsync<JsonObject>($"/api/cases/{id}", Ct))!;
        Assert.Equal(("Closed", "AVSLUTTET_SAMTYKKE_TRUKKET"), (closed["status"]!.GetValue<string>(), closed["endCode"]!.GetValue<string>()));
        Assert.Equal(["sak-opprettet", "samtykke-registrert", "samtykke-trukket", "sak-avsluttet"], await TimelineKindsAsync(tone, id));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badScope.StatusCode);
        Assert.Equal(["services", "via"], ErrorFields(await BodyAsync(badScope)));
    }

    [Fact]
    public async Task Consents_OfACaseTheUserMayNotSee_Are404()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var nils = await fixture.Host.ClientForAsync("nils.nav");
        var mother = Guardian();
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 6), mother)))["id"]!.GetValue<string>();
        var consent = await ConsentAsync(tone, id, Consent(Clock, null, (mother, "forelder")));

        var record = await nils.PostAsJsonAsync($"/api/cases/{id}/consents", Consent(Clock, null, (mother, "forelder")), Ct);
        var status = await nils.GetAsync($"/api/cases/{id}/consent", Ct);
        var withdraw = await nils.PostAsJsonAsync($"/api/consents/{consent["id"]}/withdraw", new { via = "muntlig" }, Ct);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (record.StatusCode, status.StatusCode, withdraw.StatusCode));
        Assert.Equal("GYLDIG", (await StatusAsync(tone, id))["status"]!.GetValue<string>());
    }
}

public sealed class SqliteConsentApiTests(SqliteFrozenClockHostFixture fixture) : ConsentApiTests(fixture), IClassFixture<SqliteFrozenClockHostFixture>;

public sealed class PostgreSqlConsentApiTests(PostgreSqlFrozenClockHostFixture fixture) : ConsentApiTests(fixture), IClassFixture<PostgreSqlFrozenClockHostFixture>;
