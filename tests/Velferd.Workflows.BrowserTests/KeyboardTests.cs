using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Velferd.Workflows.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>
/// Everything in the studio is reachable by keyboard (issue 14): on every page Tab reaches each link, button and
/// input in reading order and leaves the page at the end, and a caseworker signs in, claims a task and completes it
/// with keys only (Tab, Enter, Space, typing).
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class KeyboardTests(DesignerHost host) : StudioBrowserTest(host)
{
    private const string ObservationsLabel = "Hva er observert, og hvor lenge? (må fylles ut)";

    [Fact]
    public async Task Caseworker_SignsInClaimsAndCompletesATask_WithTheKeyboardOnly()
    {
        var caseId = $"sak-{Guid.NewGuid():N}"[..16];
        using (var ola = await Host.ClientForAsync("ola.saksbehandler", Ct))
        {
            (await ola.PostAsJsonAsync("/api/instances", new { definitionId = "p1-en-dor-inn", input = new { saksId = caseId } }, Ct)).EnsureSuccessStatusCode();
        }

        await Page.GotoAsync("/logg-inn");
        await CheckKeyboardAsync("logg-inn");
        await TabToAsync(Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Ola Saksbehandler") }));
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, "/innboks").ToString());
        await WaitForStudioAsync();
        await CheckKeyboardAsync("innboks");

        await TabToAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Ledige i teamene mine" }));
        await Page.Keyboard.PressAsync("Space");
        var row = Page.Locator("tr", new() { HasText = caseId });
        await TabToAsync(row.GetByRole(AriaRole.Button, new() { Name = "Ta oppgaven" }));
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByText("Du har tatt oppgaven.")).ToBeVisibleAsync();
        await TabToAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Mine oppgaver" }));
        await Page.Keyboard.PressAsync("Enter");
        await TabToAsync(row.GetByRole(AriaRole.Link));
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex("/oppgaver/"));
        await Expect(Page.GetByLabel(ObservationsLabel)).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("task-case")).ToContainTextAsync("Saken finnes ikke i saksregisteret");
        await CheckKeyboardAsync("oppgave");

        // The first radio of a group is its Tab stop; Space chooses it.
        var yes = Page.GetByRole(AriaRole.Radio, new() { Name = "Ja", Exact = true });
        await TabToAsync(yes);
        await Page.Keyboard.PressAsync("Space");
        await Expect(yes).ToBeCheckedAsync();
        await TabToAsync(Page.GetByLabel(ObservationsLabel));
        await Page.Keyboard.TypeAsync("Barnet har vært mye borte siden august.");
        await TabToAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Til beslutning" }));
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, "/innboks").ToString());
        await Expect(Page.GetByText("Oppgaven er fullført.")).ToBeVisibleAsync();
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task CaseListAndCasePage_AreReachableByTab_AndTheSearchRunsFromTheKeyboard()
    {
        var caseId = await WelfareCases.CaseWithConsentAsync(Host, Ct);
        await WelfareCases.PlanMeetingAsync(Host, caseId, TimeProvider.System.GetUtcNow().AddDays(30), Ct);

        await SignInAsync("Tone Koordinator", "/innboks");
        await WaitForStudioAsync();
        await Page.GotoAsync("/saker");
        await WaitForStudioAsync();
        await TabToAsync(Page.GetByLabel("Søk: saks-id, navn eller fødselsnummer"));
        await Page.Keyboard.TypeAsync(caseId);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByTestId("case-list").Locator("tbody tr")).ToHaveCountAsync(1);
        await CheckKeyboardAsync("saker");

        await TabToAsync(Page.GetByTestId("case-list").GetByRole(AriaRole.Link, new() { Name = "Kari Testbarn" }));
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, $"/saker/{caseId}").ToString());
        await Expect(Page.GetByTestId("case-meetings")).ToContainTextAsync("Planlagt");
        await CheckKeyboardAsync("sak");
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task IntakePages_AreReachableByTab_FromTheCaseListsButton()
    {
        await SignInAsync("Ola Saksbehandler", "/innboks");
        await WaitForStudioAsync();
        await Page.GotoAsync("/saker");
        await WaitForStudioAsync();
        await TabToAsync(Page.GetByRole(AriaRole.Link, new() { Name = "Ny henvendelse" }));
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Ny henvendelse", Level = 1 })).ToBeVisibleAsync();
        await WaitForStudioAsync();
        await CheckKeyboardAsync("ny-henvendelse");

        await Page.GotoAsync("/meldinger/ny");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Ny melding til barnevernet", Level = 1 })).ToBeVisibleAsync();
        await WaitForStudioAsync();
        await CheckKeyboardAsync("ny-melding");
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task OverviewAndProcessPages_AreReachableByTab()
    {
        await SignInAsync("Lise Leder", "/innboks");
        await WaitForStudioAsync();
        await Page.GotoAsync("/oversikt");
        await WaitForStudioAsync();
        await Expect(Page.GetByTestId("overview-pathways")).ToBeVisibleAsync();
        await CheckKeyboardAsync("oversikt");

        await SignInAsync("Kari Prosesseier", "/prosesser");
        await WaitForStudioAsync();
        await Expect(Page.Locator("tr", new() { HasText = "p1-en-dor-inn" })).ToBeVisibleAsync();
        await CheckKeyboardAsync("prosesser");
        await Page.GotoAsync("/prosesser/p1-en-dor-inn");
        await WaitForStudioAsync();
        await Expect(Page.GetByTestId("process-versions")).ToBeVisibleAsync();
        await CheckKeyboardAsync("prosess-versjoner");
        AssertNoConsoleErrors();
    }
}
