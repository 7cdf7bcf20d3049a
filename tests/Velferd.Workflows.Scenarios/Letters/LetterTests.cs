using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.Letters;
using Velferd.Workflows.Persistence.Outbox;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Welfare.TeamWorkApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Letters;

/// <summary>
/// Letters from a case over HTTP as the demo users, sent through the outbox to the simulator's KRR, Folkeregisteret and
/// digital post: the channel chosen just before sending (R-70), never printed to a strictly confidential address (R-63),
/// a decision's reasons and appeal information (R-70), «avlyst» to the invited family on withdrawal (R-31), and the
/// sent letters and the closed stafettlogg as journalposts (R-71).
/// </summary>
public abstract class LetterTests(FrozenClockHostFixture fixture)
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateTimeOffset NextWeek => fixture.Clock.GetUtcNow().AddDays(7);

    [Fact]
    public async Task R70_MeetingInvitation_GoesByDigitalPostToTheMother_AndOnPaperToTheReservedFather_EachArchivedAsU()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var (caseId, _) = await CaseWithMeetingAsync(tone, TestPersons.Mother, TestPersons.ReservedFather);

        var letters = await LettersByNumberAsync(tone, caseId);

        Assert.Equal(("innkalling", "dpi", "sendt"), Summary(letters[TestPersons.Mother]));
        Assert.Equal(("innkalling", "print", "sendt"), Summary(letters[TestPersons.ReservedFather]));
        Assert.Contains("brev-sendt", await TimelineKindsAsync(tone, caseId));
        Assert.Equal(2, await JournalpostsAsync(caseId, "U"));
        Assert.Empty(await PathwayApi.OpenTasksAsync(tone, caseId));
    }

    [Fact]
    public async Task R63_InvitationToAStrictlyConfidentialAddressWithoutMailbox_IsBlockedManuellHandteringPakrevd_NeverPrinted_AndTheTeamGetsATask()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var (caseId, _) = await CaseWithMeetingAsync(tone, TestPersons.Mother, TestPersons.StrictlyConfidential);

        var letters = await LettersByNumberAsync(tone, caseId);
        var blocked = letters[TestPersons.StrictlyConfidential];

        Assert.Equal(("innkalling", "blocked", "stoppet"), Summary(blocked));
        Assert.Equal("manuell håndtering påkrevd", blocked["reason"]!.GetValue<string>());
        Assert.Equal(0, await ShipmentsOfAsync(blocked["id"]!.GetValue<string>()));
        Assert.Equal(("innkalling", "dpi", "sendt"), Summary(letters[TestPersons.Mother]));
        Assert.Equal(1, await ShipmentsOfAsync(letters[TestPersons.Mother]["id"]!.GetValue<string>()));
        Assert.Equal(1, await JournalpostsAsync(caseId, "U"));
        var task = await PathwayApi.TaskAsync(tone, caseId, "Manuell håndtering påkrevd");
        Assert.DoesNotContain(TestPersons.StrictlyConfidential, task.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R70_DecisionWithoutReasonsOrAppealInformation_Is400OnBothFields_AndNothingIsStored()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(fixture.Clock, 9), new JsonObject { ["fnr"] = TestPersons.Mother })))["id"]!.GetValue<string>();
        var mother = await PersonIdAsync(tone, caseId, TestPersons.Mother);

        var refused = await tone.PostAsJsonAsync($"/api/cases/{caseId}/letters",
            new { personId = mother, kind = "vedtak", title = "Vedtak om tiltak", body = "Dere får tilbud om foreldreveiledning." }, Ct);
        var problem = await BodyAsync(refused);
        var sent = await tone.PostAsJsonAsync($"/api/cases/{caseId}/letters",
            new
            {
                personId = mother, kind = "vedtak", title = "Vedtak om tiltak", body = "Dere får tilbud om foreldreveiledning.",
                reasons = "Tiltaket svarer på behovene som ble kartlagt i møtet.",
                appealInformation = "Dere kan klage innen tre uker. Klagen sendes til kommunen, som sender den videre til Statsforvalteren.",
            }, Ct);
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, Idle);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["letter.appealInformation", "letter.reasons"], ErrorFields(problem));
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var stored = Assert.Single(await LettersAsync(tone, caseId));
        Assert.Equal(("vedtak", "dpi", "sendt"), Summary(stored));
        Assert.Equal(1, await StoredLettersAsync(caseId));
    }

    [Fact]
    public async Task R31_WithdrawalCancelsTheMeeting_AndTheInvitedFamilyGetsAvlystLetters_WithNoCaseDetails()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var (caseId, consentId) = await CaseWithMeetingAsync(tone, TestPersons.Mother, TestPersons.ReservedFather);

        var withdrawn = await tone.PostAsJsonAsync($"/api/consents/{consentId}/withdraw", new { via = "muntlig" }, Ct);
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, Idle);

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var cancellations = (await LettersAsync(tone, caseId)).Where(l => l["kind"]!.GetValue<string>() == "avlysning").ToList();
        Assert.Equal([("avlysning", "dpi", "sendt"), ("avlysning", "print", "sendt")], cancellations.Select(Summary).Order());
        foreach (var letter in cancellations)
        {
            var body = await BodyOfAsync(letter["id"]!.GetValue<string>());
            Assert.Matches(@"^Møtet \d{4}-\d{2}-\d{2} \d{2}:\d{2} er avlyst\.$", body);
        }
    }

    [Fact]
    public async Task R71_ClosingTheCase_FreezesTheStafettlogg_AndArchivesItAsOneXJournalpost()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var petra = await fixture.Host.ClientForAsync("petra.ppt");
        var (caseId, _) = await CaseWithMeetingAsync(tone, TestPersons.Mother);
        Assert.True((await tone.PostAsJsonAsync($"/api/cases/{caseId}/members", new { user = "petra.ppt", service = "ppt" }, Ct)).IsSuccessStatusCode);
        var goal = await petra.PostAsJsonAsync($"/api/cases/{caseId}/stafettlogg", new { kind = "goal", text = "Trygg skolehverdag" }, Ct);

        var closed = await tone.PostAsJsonAsync($"/api/cases/{caseId}/close", new { endCode = "AVSLUTTET_MÅL_NÅDD", reason = "Målene er nådd." }, Ct);
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, Idle);
        var late = await petra.PostAsJsonAsync($"/api/cases/{caseId}/stafettlogg", new { kind = "goal", text = "Etter avslutning" }, Ct);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict), (goal.StatusCode, closed.StatusCode, late.StatusCode));
        Assert.Equal(1, await JournalpostsAsync(caseId, "X"));
        Assert.Contains("journalfort", await TimelineKindsAsync(tone, caseId));
    }

    [Fact]
    public async Task R71_RecordingAHeldMeeting_ArchivesItsRecordAsOneNJournalpost_WithNoPersonInTheTitle()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var mother = new JsonObject { ["fnr"] = TestPersons.Mother };
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(fixture.Clock, 9, name: "Kari Testbarn"), mother)))["id"]!.GetValue<string>();
        await ConsentAsync(tone, caseId, Consent(fixture.Clock, "Jeg vil ha hjelp på skolen.", (mother, "forelder")));
        var scheduled = await BodyAsync(await tone.PostAsJsonAsync($"/api/cases/{caseId}/meetings",
            Meeting(fixture.Clock.GetUtcNow().AddMinutes(1), ["ppt", "helse"], ["skole"]), Ct));
        fixture.Clock.Advance(TimeSpan.FromMinutes(2));

        var recorded = await tone.PostAsJsonAsync($"/api/meetings/{scheduled["id"]!.GetValue<string>()}/record",
            new { parentsPresent = true, childPresent = true, childView = "Jeg vil ha det bedre på skolen.", summary = "Mål og tiltak avtalt." }, Ct);
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, Idle);

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal(1, await JournalpostsAsync(caseId, "N"));
        Assert.Contains("journalfort", await TimelineKindsAsync(tone, caseId));
        var title = Assert.Single(await JournalpostTitlesAsync(caseId, "N"));
        Assert.StartsWith("Referat fra teammøte ", title, StringComparison.Ordinal);
        Assert.DoesNotContain("Kari", title, StringComparison.Ordinal);
    }

    // A TIT case whose guardians are the given simulator persons, the consent signed by them all, and a meeting next week.
    private async Task<(string CaseId, string ConsentId)> CaseWithMeetingAsync(HttpClient client, params string[] guardians)
    {
        var people = guardians.Select(g => new JsonObject { ["fnr"] = g }).ToArray();
        var caseId = (await CreateAsync(client, TitCase(PersonAged(fixture.Clock, 9), people)))["id"]!.GetValue<string>();
        var consent = await ConsentAsync(client, caseId, Consent(fixture.Clock, "Jeg vil ha hjelp på skolen.", [.. people.Select(p => (p, "forelder"))]));
        var scheduled = await client.PostAsJsonAsync($"/api/cases/{caseId}/meetings", Meeting(NextWeek, ["ppt", "helse"], ["skole", "helse"]), Ct);
        Assert.True(scheduled.StatusCode == HttpStatusCode.Created, await scheduled.Content.ReadAsStringAsync(Ct));
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, Idle);
        return (caseId, consent["id"]!.GetValue<string>());
    }

    private static (string Kind, string? Channel, string Status) Summary(JsonObject letter) =>
        (letter["kind"]!.GetValue<string>(), letter["channel"]?.GetValue<string>(), letter["status"]!.GetValue<string>());

    private static async Task<List<JsonObject>> LettersAsync(HttpClient client, string caseId) =>
        [.. (await client.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/letters", Ct))!.Select(l => l!.AsObject())];

    private static async Task<string> PersonIdAsync(HttpClient client, string caseId, string number)
    {
        var found = (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}", Ct))!;
        return found["guardians"]!.AsArray().Prepend(found["child"]).Single(p => p!["fnr"]?.GetValue<string>() == number)!["id"]!.GetValue<string>();
    }

    private static async Task<Dictionary<string, JsonObject>> LettersByNumberAsync(HttpClient client, string caseId)
    {
        var found = (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}", Ct))!;
        var numbers = found["guardians"]!.AsArray().Prepend(found["child"])
            .ToDictionary(p => p!["id"]!.GetValue<string>(), p => p!["fnr"]?.GetValue<string>() ?? "");
        return (await LettersAsync(client, caseId)).ToDictionary(l => numbers[l["recipientRef"]!.GetValue<string>()]);
    }

    private async Task<int> JournalpostsAsync(string caseId, string type) => (await JournalpostTitlesAsync(caseId, type)).Count;

    // Journalposts of the case the archive received: delivered outbox messages to Fiks Arkiv naming the case.
    private async Task<List<string>> JournalpostTitlesAsync(string caseId, string type)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<OutboxRow>().AsNoTracking()
            .Where(m => m.Service == "Arkiv" && m.Status == OutboxStatus.Delivered && m.PayloadJson!.Contains(caseId))
            .Select(m => m.PayloadJson!)
            .ToListAsync(Ct);
        return [.. rows.Select(p => JsonNode.Parse(p)!).Where(p => p["entryType"]!.GetValue<string>() == type).Select(p => p["title"]!.GetValue<string>())];
    }

    // What the simulated digital post service did for a letter (none: nothing was sent or printed).
    private Task<int> ShipmentsOfAsync(string letterId) => SimulatorShipments.OfLetterAsync(fixture.Host, "DigitalPost", letterId);

    private async Task<string> BodyOfAsync(string letterId) => (await LetterRowAsync(letterId)).Body;

    private async Task<LetterRow> LetterRowAsync(string letterId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<LetterRow>().AsNoTracking().SingleAsync(l => l.Id == letterId, Ct);
    }

    private async Task<int> StoredLettersAsync(string caseId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<LetterRow>().CountAsync(l => l.CaseId == caseId, Ct);
    }
}

public sealed class SqliteLetterTests(SqliteFrozenClockHostFixture fixture) : LetterTests(fixture), IClassFixture<SqliteFrozenClockHostFixture>;

public sealed class PostgreSqlLetterTests(PostgreSqlFrozenClockHostFixture fixture) : LetterTests(fixture), IClassFixture<PostgreSqlFrozenClockHostFixture>;
