using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Velferd.Workflows.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>
/// Work on a case in «Sak» at 1366×768: the coordinator offers the baton, the PPT adviser (a member of the case for a
/// service the consent covers) takes it over, writes a goal in the stafettlogg and records the mother's oral withdrawal of the consent.
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class CaseWorkTests(DesignerHost host) : StudioBrowserTest(host)
{
    [Fact]
    public async Task Coordinator_HandsOver_SuccessorAcceptsWritesTheLogAndWithdrawsTheConsent()
    {
        var caseId = await WelfareCases.CaseWithConsentAsync(Host, Ct);
        using (var tone = await Host.ClientForAsync("tone.koordinator", Ct))
        {
            (await tone.PostAsJsonAsync($"/api/cases/{caseId}/members", new { user = "petra.ppt", service = "ppt" }, Ct)).EnsureSuccessStatusCode();
        }

        await SignInAsync("Tone Koordinator", "/innboks");
        await WaitForStudioAsync();
        await Page.GotoAsync($"/saker/{caseId}");
        await WaitForStudioAsync();

        await Page.GetByLabel("Ny stafettholder (brukernavn)").FillAsync("petra.ppt");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tilby stafetten" }).ClickAsync();
        await Expect(Page.GetByTestId("case-handovers").Locator("tr", new() { HasText = "petra.ppt" })).ToContainTextAsync("Tilbudt");
        await CheckPageAsync("sak-handlinger");

        await SignInAsync("Petra PPT-rådgiver", "/innboks");
        await WaitForStudioAsync();
        await Page.GotoAsync($"/saker/{caseId}");
        await WaitForStudioAsync();
        await Page.GetByTestId("case-handovers").GetByRole(AriaRole.Button, new() { Name = "Ta imot" }).ClickAsync();
        await Expect(Page.GetByTestId("case-holder")).ToHaveTextAsync("petra.ppt");
        await Page.GetByLabel("Tekst").FillAsync("Kari går på skolen hver dag");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Skriv i stafettloggen" }).ClickAsync();
        await Expect(Page.GetByTestId("case-log").Locator("tr", new() { HasText = "Kari går på skolen hver dag" })).ToContainTextAsync("Mål");
        await CheckPageAsync("sak-stafettlogg");

        await Page.GetByTestId("case-consents").GetByRole(AriaRole.Button, new() { Name = "Trekk samtykket" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ja, trekk" }).ClickAsync();
        await Expect(Page.GetByTestId("case-consents").Locator("tbody tr")).ToContainTextAsync("Trukket");
        await Expect(Page.GetByTestId("case-consent")).ToHaveTextAsync("TRUKKET");
        await Expect(Page.GetByTestId("case-timeline")).ToContainTextAsync("samtykke-trukket");
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Coordinator_AddsAMember_PlansAMeetingAfterItsFieldError_CancelsIt_AndOpensTheRunningPathway()
    {
        var caseId = await WelfareCases.CaseWithConsentAsync(Host, Ct);
        string instanceId;
        using (var tone = await Host.ClientForAsync("tone.koordinator", Ct))
        {
            var started = await tone.PostAsJsonAsync("/api/instances", new { definitionId = "p1-en-dor-inn", input = new { saksId = caseId } }, Ct);
            started.EnsureSuccessStatusCode();
            instanceId = (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
        }

        await SignInAsync("Tone Koordinator", "/innboks");
        await WaitForStudioAsync();
        await Page.GotoAsync($"/saker/{caseId}");
        await WaitForStudioAsync();

        await Expect(Page.Locator($"tr[data-instance-id='{instanceId}'] a")).ToHaveAttributeAsync("href", $"/designer/instances/{instanceId}");
        await Page.GetByLabel("Brukernavn", new() { Exact = true }).FillAsync("petra.ppt");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Legg til", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("Ukjent tjeneste.")).ToBeVisibleAsync();
        await Page.GetByLabel("Tjeneste", new() { Exact = true }).ClickAsync();
        var ppt = Page.GetByRole(AriaRole.Option, new() { Name = "ppt", Exact = true });
        await ppt.ClickAsync();

        // The list's overlay takes the next click while it closes: wait until it is gone.
        await Expect(ppt).ToBeHiddenAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Legg til", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("case-members").Locator("tr", new() { HasText = "petra.ppt" })).ToContainTextAsync("ppt");

        var services = Page.GetByRole(AriaRole.Group, new() { Name = "Tjenester til stede" });
        var categories = Page.GetByRole(AriaRole.Group, new() { Name = "Opplysninger som drøftes" });
        await services.GetByRole(AriaRole.Checkbox, new() { Name = "ppt", Exact = true }).CheckAsync();
        await categories.GetByRole(AriaRole.Checkbox, new() { Name = "skole", Exact = true }).CheckAsync();
        await Page.GetByLabel("Inviterte (bruker:tjeneste, kommaseparert)").FillAsync("petra.ppt:ppt");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Planlegg møte" }).ClickAsync();
        await Expect(Page.GetByText("Tidspunkt mangler.")).ToBeVisibleAsync();
        await CheckPageAsync("sak-mote-feltfeil");

        var at = TimeProvider.System.GetUtcNow().AddDays(7).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture) + " 10:00";
        await Page.GetByLabel("Tidspunkt (dd.mm.åååå tt:mm)").FillAsync(at);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Planlegg møte" }).ClickAsync();
        var meeting = Page.GetByTestId("case-meetings").Locator("tbody tr", new() { HasText = at });
        await Expect(meeting).ToContainTextAsync("Planlagt");
        await Expect(meeting).ToContainTextAsync("petra.ppt (ppt)");
        await CheckPageAsync("sak-moter");

        await meeting.GetByRole(AriaRole.Button, new() { Name = "Avlys" }).ClickAsync();
        await Expect(meeting).ToContainTextAsync("Avlyst");
        await Expect(meeting.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Coordinator_RecordsAHeldMeeting_AfterItsFieldErrors_AndTheCaseShowsItHeld()
    {
        var caseId = await WelfareCases.CaseWithConsentAsync(Host, Ct);
        using var tone = await Host.ClientForAsync("tone.koordinator", Ct);
        using var admin = await Host.ClientForAsync("admin", Ct);
        var before = (await admin.GetFromJsonAsync<JsonObject>("/api/dev/clock", Ct))!["now"]!.GetValue<DateTimeOffset>();
        var meetingId = await WelfareCases.PlanMeetingAsync(Host, caseId, before.AddHours(2), Ct);

        // A meeting is recorded once it has taken place: the host's clock moves past it.
        (await admin.PostAsJsonAsync("/api/dev/clock", new { advance = "P1D" }, Ct)).EnsureSuccessStatusCode();
        try
        {
            await SignInAsync("Tone Koordinator", "/innboks");
            await WaitForStudioAsync();
            await Page.GotoAsync($"/saker/{caseId}");
            await WaitForStudioAsync();
            var meeting = Page.GetByTestId("case-meetings").Locator($"tr[data-meeting-id='{meetingId}']");
            await Expect(meeting).ToContainTextAsync("Planlagt");
            await meeting.GetByRole(AriaRole.Button, new() { Name = "Registrer gjennomført møte" }).ClickAsync();
            var record = Page.GetByTestId("meeting-record");
            await Expect(record.GetByRole(AriaRole.Heading)).ToBeFocusedAsync();

            await record.GetByRole(AriaRole.Button, new() { Name = "Lagre referatet" }).ClickAsync();
            await Expect(record.Locator("[data-field=parentsPresent]")).ToContainTextAsync("Oppgi om foreldrene var til stede.");
            await Expect(record.Locator("[data-field=childPresent]")).ToContainTextAsync("Oppgi om barnet var til stede.");
            await Expect(record).ToContainTextAsync("Barnets syn må føres i møtereferatet");
            await CheckPageAsync("sak-mote-referat-feltfeil");
            await CheckKeyboardAsync("sak-mote-referat");

            await record.GetByRole(AriaRole.Group, new() { Name = "Var foreldrene til stede?" }).GetByRole(AriaRole.Radio, new() { Name = "Ja" }).CheckAsync();
            await record.GetByRole(AriaRole.Group, new() { Name = "Var barnet til stede?" }).GetByRole(AriaRole.Radio, new() { Name = "Nei" }).CheckAsync();
            await record.GetByLabel("Barnets syn, med barnets egne ord").FillAsync("Jeg vil sitte ved vinduet.");
            await record.GetByLabel("Hva ble avtalt?").FillAsync("PPT observerer i klassen.");
            await record.GetByRole(AriaRole.Button, new() { Name = "Lagre referatet" }).ClickAsync();

            await Expect(Page.GetByText("Møtet er registrert som gjennomført.")).ToBeVisibleAsync();
            await Expect(record).ToHaveCountAsync(0);
            await Expect(meeting).ToContainTextAsync("Gjennomført");
            await Expect(meeting.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
            await Expect(Page.GetByTestId("case-timeline")).ToContainTextAsync("mote-gjennomfort");
            var stored = (await tone.GetFromJsonAsync<JsonObject>($"/api/meetings/{meetingId}", Ct))!["record"]!;
            Assert.True(stored["parentsPresent"]!.GetValue<bool>());
            Assert.False(stored["childPresent"]!.GetValue<bool>());
            Assert.Equal("Jeg vil sitte ved vinduet.", stored["childView"]!.GetValue<string>());
            Assert.Equal("PPT observerer i klassen.", stored["summary"]!.GetValue<string>());
            AssertNoConsoleErrors();
        }
        finally
        {
            // The host is shared by the collection: later tests must not start a day ahead.
            (await admin.PostAsJsonAsync("/api/dev/clock", new { now = before.ToString("O") }, Ct)).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Caseworker_FindsACaseInSaker_AndOpensIt()
    {
        var caseId = await WelfareCases.CaseWithConsentAsync(Host, Ct);
        await SignInAsync("Ola Saksbehandler", "/innboks");
        await WaitForStudioAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Saker" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, "/saker").ToString());
        await Page.GetByLabel("Søk: saks-id, navn eller fødselsnummer").FillAsync(caseId);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Søk", Exact = true }).ClickAsync();
        var rows = Page.GetByTestId("case-list").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync("Åpen");
        await CheckPageAsync("saker");

        await rows.GetByRole(AriaRole.Link, new() { Name = "Kari Testbarn" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, $"/saker/{caseId}").ToString());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Sak: Kari Testbarn" })).ToBeVisibleAsync();
        AssertNoConsoleErrors();
    }
}
