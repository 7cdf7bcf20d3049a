using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Welfare.Persons;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.P2;

/// <summary>
/// A process owner changes P2's local meeting deadline in the definition, as the designer saves it, without code; the
/// next case follows the new version. A host of its own, since the change is to the seeded definition itself.
/// </summary>
public sealed class LocalDeadlineChangeTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private readonly PathwayApi _api = new(fixture.Host);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task P2_ProcessOwnerSetsTheMeetingDeadlineToTwoWeeks_TheNextCaseGetsIt()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var definition = (await owner.GetFromJsonAsync<JsonObject>("/elsa/api/workflow-definitions/by-definition-id/p2-tidlig-innsatsteam?versionOptions=Latest", Ct))!;
        var meeting = definition["root"]!["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "mote")!;
        meeting["deadline"]!["expression"]!["value"] = "2 uker";

        var saved = await owner.PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = definition.DeepClone(), ["publish"] = true }, Ct);
        var (mother, father) = (Guardian(), Guardian());
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(_api.Clock, 9), mother, father)))["id"]!.GetValue<string>();
        await ConsentAsync(tone, caseId, Consent(_api.Clock, "Jeg vil ha hjelp.", (mother, "forelder"), (father, "forelder")));
        await _api.StartAsync(tone, "p2-tidlig-innsatsteam", caseId);
        await _api.CompleteAsync(tone, caseId, "Mottak", "Til samtykke", new JsonObject { ["henviser"] = "Helsesykepleier", ["sporsmal"] = "Trist og sliten." });

        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(Ct));
        var deadline = Assert.Single(await PathwayApi.DeadlinesAsync(tone, caseId), d => d["name"]!.GetValue<string>() == "møtefrist");
        Assert.Equal(OsloDate.Today(_api.Clock).AddDays(14).ToString("yyyy-MM-dd"), deadline["dueLocal"]!.GetValue<string>()[..10]);
    }
}
