using System.Net.Http.Json;
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
