using System.Text.Json.Nodes;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.P8;

/// <summary>
/// P8 complex mental-health or substance problems, children as relatives (DOMAIN.md §6) as seeded: the main path with
/// its decisions (children? long-term needs? transition?) and the 3-monthly evaluation to each end code, driven only
/// through the API as mona.psykiskhelse (the municipal service), with time moved by the dev clock.
/// </summary>
public abstract class MentalHealthTests(HostFixture fixture)
{
    private const string Pathway = "p8-psykisk-helse-og-rus";

    private readonly PathwayApi _api = new(fixture.Host);

    [Fact]
    public async Task P8_ParentWithChildrenInTransition_ChildrenLookedAfter_JointMeeting_EndsAvsluttetMalNadd()
    {
        var (mona, caseId, instance) = await StartedAsync();

        await _api.CompleteAsync(mona, caseId, "Kartlegging i sak", "Videre", Mapping(children: true, transition: true));
        var childrenTask = await PathwayApi.TaskAsync(mona, caseId, "Barn som pårørende");
        await _api.CompleteAsync(mona, caseId, "Barn som pårørende", "Barna er ivaretatt",
            new JsonObject { ["informasjonGitt"] = true, ["meldingSendt"] = false, ["henvistP2"] = true, ["flaggetP4"] = false });
        await _api.CompleteAsync(mona, caseId, "Vurder langvarige behov", "Oppfølging i kommunen", Reason());
        await _api.CompleteAsync(mona, caseId, "Felles overgangsmøte", "Møtet er holdt", new JsonObject { ["navKontakt"] = "Nils NAV-veileder", ["referat"] = "Bolig og aktivitet avtalt." });
        await _api.CompleteAsync(mona, caseId, "Evaluering i sak", "Mål nådd", Evaluation());

        Assert.Equal(("Caseworker", "psykisk-helse"), (childrenTask["candidateRole"]!.GetValue<string>(), childrenTask["candidateTeam"]!.GetValue<string>()));
        Assert.Equal(("Finished", "AVSLUTTET_MÅL_NÅDD"), await PathwayApi.InstanceAsync(mona, instance));
        Assert.Equal(("Closed", "AVSLUTTET_MÅL_NÅDD"), await PathwayApi.CaseAsync(mona, caseId));
        Assert.Equal("Met", Assert.Single(await PathwayApi.DeadlinesAsync(mona, caseId), d => d["name"]!.GetValue<string>() == "evaluering")["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Individuell plan (P5)", "OVERFØRT_P5")]
    [InlineData("Spesialisthelsetjenesten", "OVERFØRT_SPESIALIST")]
    public async Task P8_LongTermNeeds_HandsOn_WithTheChosenEndCode(string outcome, string endCode)
    {
        var (mona, caseId, instance) = await StartedAsync();

        await _api.CompleteAsync(mona, caseId, "Kartlegging i sak", "Videre", Mapping(children: false, transition: false));
        var withoutChildren = await PathwayApi.OpenTasksAsync(mona, caseId);
        await _api.CompleteAsync(mona, caseId, "Vurder langvarige behov", outcome, Reason());

        Assert.DoesNotContain(withoutChildren, t => t["title"]!.GetValue<string>().StartsWith("Barn som pårørende", StringComparison.Ordinal));
        Assert.Equal(("Finished", endCode), await PathwayApi.InstanceAsync(mona, instance));
    }

    [Theory]
    [InlineData("Avslutt etter ønske", "AVSLUTTET_ETTER_ØNSKE")]
    [InlineData("Flyttet", "FLYTTET")]
    [InlineData("Spesialisthelsetjenesten", "OVERFØRT_SPESIALIST")]
    public async Task P8_EvaluationAfterThreeMonths_EndsWithTheChosenEndCode(string outcome, string endCode)
    {
        var (mona, caseId, instance) = await StartedAsync();
        await _api.CompleteAsync(mona, caseId, "Kartlegging i sak", "Videre", Mapping(children: false, transition: false));
        await _api.CompleteAsync(mona, caseId, "Vurder langvarige behov", "Oppfølging i kommunen", Reason());

        await _api.AdvanceAsync("P3M");
        await _api.AdvanceAsync("P1D");
        var evaluation = Assert.Single(await PathwayApi.DeadlinesAsync(mona, caseId), d => d["name"]!.GetValue<string>() == "evaluering");
        await _api.CompleteAsync(mona, caseId, "Evaluering i sak", outcome, Evaluation());

        Assert.Equal(("Overdue", "Lokal frist"), (evaluation["status"]!.GetValue<string>(), evaluation["kindLabel"]!.GetValue<string>()));
        Assert.Equal(("Finished", endCode), await PathwayApi.InstanceAsync(mona, instance));
    }

    private static JsonObject Mapping(bool children, bool transition) => new()
    {
        ["behov"] = "Angst og rusbruk, lite nettverk.",
        ["harBarn"] = children,
        ["overgang"] = transition,
    };

    private static JsonObject Reason() => new() { ["begrunnelse"] = "Vurdert sammen med personen." };

    private static JsonObject Evaluation() => new() { ["mal"] = "Stabil bolig, i aktivitet.", ["bolig"] = "Egen bolig", ["aktivitet"] = true };

    // Mona registers a case for a young adult of 20 (the person concerned) and starts P8: the pathway asks for the mapping.
    private async Task<(HttpClient Mona, string CaseId, string Instance)> StartedAsync()
    {
        var mona = await fixture.Host.ClientForAsync("mona.psykiskhelse");
        var caseId = (await CreateAsync(mona, CaseOf("Psykisk", "psykisk-helse", PersonAged(_api.Clock, 20))))["id"]!.GetValue<string>();
        var instance = await _api.StartAsync(mona, Pathway, caseId);
        return (mona, caseId, instance);
    }
}

public sealed class SqliteMentalHealthTests(SqliteHostFixture fixture) : MentalHealthTests(fixture), IClassFixture<SqliteHostFixture>;

public sealed class PostgreSqlMentalHealthTests(PostgreSqlHostFixture fixture) : MentalHealthTests(fixture), IClassFixture<PostgreSqlHostFixture>;
