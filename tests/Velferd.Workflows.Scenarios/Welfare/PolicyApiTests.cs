using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Welfare;

/// <summary>
/// <c>GET/PUT /api/policy</c>: the shipped defaults, a process owner's versioned change that the consent rules follow at
/// once (R-28 «en»), stale versions, bad values and who may change it. Its own host, as it changes the municipality's policy.
/// </summary>
public sealed class PolicyApiTests(SqliteFrozenClockHostFixture fixture) : IClassFixture<SqliteFrozenClockHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Put_R28_ProcessOwnerSwitchesToEnAndOneHolderThenSuffices()
    {
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var (mother, father) = (Guardian(), Guardian());
        var id = (await CreateAsync(tone, TitCase(PersonAged(fixture.Clock, 5), mother, father)))["id"]!.GetValue<string>();
        await ConsentAsync(tone, id, Consent(fixture.Clock, null, (mother, "forelder")));

        var defaults = (await ola.GetFromJsonAsync<JsonObject>("/api/policy", Ct))!;
        var before = (await StatusAsync(tone, id))["status"]!.GetValue<string>();
        var byCaseworker = await ola.PutAsJsonAsync("/api/policy", new { version = 0, consentPolicy = "en" }, Ct);
        var bad = await kari.PutAsJsonAsync("/api/policy", new { consentPolicy = "alle", consentValidityMonths = 0, soleConsentAge = 12 }, Ct);
        var changed = await kari.PutAsJsonAsync("/api/policy", new { version = 0, consentPolicy = "en" }, Ct);
        var stale = await kari.PutAsJsonAsync("/api/policy", new { version = 0, consentValidityMonths = 6 }, Ct);
        var after = (await StatusAsync(tone, id))["status"]!.GetValue<string>();
        var versions = (await ola.GetFromJsonAsync<JsonArray>("/api/policy/versions", Ct))!;

        Assert.Equal((0, "begge", 12, 16, "3201"), (defaults["version"]!.GetValue<int>(), defaults["consentPolicy"]!.GetValue<string>(),
            defaults["consentValidityMonths"]!.GetValue<int>(), defaults["soleConsentAge"]!.GetValue<int>(), defaults["municipality"]!.GetValue<string>()));
        Assert.Equal(("DELVIS", "GYLDIG"), (before, after));
        Assert.Equal(HttpStatusCode.Forbidden, byCaseworker.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["consentPolicy", "consentValidityMonths", "soleConsentAge"], ErrorFields(await BodyAsync(bad)));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var stored = await BodyAsync(changed);
        Assert.Equal((1, "en", "kari.prosesseier"), (stored["version"]!.GetValue<int>(), stored["consentPolicy"]!.GetValue<string>(), stored["changedBy"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal([1], versions.Select(v => v!["version"]!.GetValue<int>()));
    }
}
