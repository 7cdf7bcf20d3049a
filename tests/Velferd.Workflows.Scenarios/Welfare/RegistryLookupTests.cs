using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Databases;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Welfare;

/// <summary>
/// The Folkeregisteret lookup of a new case's persons, through the outbox to the simulator (which answers as
/// Folkeregisteret does, 404 for a number it does not know), on a host with <c>Welfare:LookUpNewCasePersons</c> on:
/// the registry's birth date, its holders of parental responsibility as the consenting guardians,
/// «ikke funnet i Folkeregisteret» kept and checked by hand, and a person the registry makes 24+ (R-75).
/// </summary>
public sealed class RegistryLookupTests(RegistryLookupHostFixture fixture) : IClassFixture<RegistryLookupHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RegistryLookup_R40_R28_NewCase_TakesTheRegistrysBirthDate_AndAddsTheOtherHolder_SoOneSignatureIsDelvis()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var caseId = (await CreateAsync(tone, TitCase(new JsonObject { ["fnr"] = TestPersons.Child, ["birthDate"] = "2015-01-01" }, new JsonObject { ["fnr"] = TestPersons.Mother })))["id"]!.GetValue<string>();

        var found = await LookedUpAsync(tone, caseId);
        await ConsentAsync(tone, caseId, Consent(new PathwayApi(fixture.Host).Clock, "Jeg vil ha hjelp.", (new JsonObject { ["fnr"] = TestPersons.Mother }, "forelder")));

        var child = found["child"]!;
        Assert.Equal(("2016-03-14", true, "funnet"), (child["birthDate"]!.GetValue<string>(), child["birthDateFromRegistry"]!.GetValue<bool>(), child["registry"]!.GetValue<string>()));
        Assert.Equal(
            [(TestPersons.ReservedFather, true), (TestPersons.Mother, true)],
            found["guardians"]!.AsArray().Select(g => (g!["fnr"]!.GetValue<string>(), g["hasParentalResponsibility"]!.GetValue<bool>())).OrderBy(g => g.Item1, StringComparer.Ordinal));
        Assert.Equal("DELVIS", (await StatusAsync(tone, caseId))["status"]!.GetValue<string>());
        Assert.Contains("folkeregister-oppdatert", await TimelineKindsAsync(tone, caseId));
        Assert.Empty(await PathwayApi.OpenTasksAsync(tone, caseId));
    }

    [Fact]
    public async Task RegistryLookup_R58_NumberTheRegistryDoesNotKnow_IsKeptMarkedIkkeFunnet_AndTheTeamChecksItByHand()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var unknown = PersonAged(new PathwayApi(fixture.Host).Clock, 9);
        unknown.Remove("birthDate");
        var caseId = (await CreateAsync(tone, TitCase(unknown)))["id"]!.GetValue<string>();

        var found = await LookedUpAsync(tone, caseId);

        Assert.Equal((unknown["fnr"]!.GetValue<string>(), "ikke-funnet", "ikke funnet i Folkeregisteret"),
            (found["child"]!["fnr"]!.GetValue<string>(), found["child"]!["registry"]!.GetValue<string>(), found["child"]!["registryNote"]!.GetValue<string>()));
        Assert.Contains("ikke-funnet-i-folkeregisteret", await TimelineKindsAsync(tone, caseId));
        Assert.Equal("Caseworker", (await PathwayApi.TaskAsync(tone, caseId, "Kontroller personopplysningene"))["candidateRole"]!.GetValue<string>());
    }

    [Fact]
    public async Task RegistryLookup_R75_RegistrysBirthDateMakesThePerson24OrMore_MarksTheCaseOutside_AndTheTeamChecksIt()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var caseId = (await CreateAsync(tone, TitCase(new JsonObject { ["fnr"] = TestPersons.Mother })))["id"]!.GetValue<string>();

        var found = await LookedUpAsync(tone, caseId);

        Assert.True(found["child"]!["age"]!.GetValue<int>() >= 24);
        Assert.Contains("utenfor-malgruppen", await TimelineKindsAsync(tone, caseId));
        Assert.Single(await PathwayApi.OpenTasksAsync(tone, caseId), t => t["title"]!.GetValue<string>().StartsWith("Kontroller personopplysningene", StringComparison.Ordinal));
    }

    // Waits (on the workers' passes, never a timer) until nobody on the case waits for Folkeregisteret, then reads the case.
    private async Task<JsonObject> LookedUpAsync(HttpClient client, string caseId)
    {
        JsonObject? found = null;
        await BackgroundWork.WaitUntilAsync(fixture.Host, async () =>
        {
            found = (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}", Ct))!;
            return found["child"]!["registry"]!.GetValue<string>() != "venter"
                && found["guardians"]!.AsArray().All(g => g!["registry"]!.GetValue<string>() != "venter");
        });
        await fixture.Host.WaitUntilIdleAsync(TimeSpan.FromSeconds(30));
        return found!;
    }
}

/// <summary>A host on SQLite with the lookup of new cases' persons switched on (Development has it off).</summary>
public sealed class RegistryLookupHostFixture() : HostFixture(DatabaseKind.Sqlite, settings: new Dictionary<string, string> { ["Welfare:LookUpNewCasePersons"] = "true" });
