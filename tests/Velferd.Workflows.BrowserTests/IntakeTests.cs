using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Velferd.Workflows.BrowserTests.Hosting;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Host;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>
/// Cases come into being from the studio at 1366×768: a caseworker registers a henvendelse («Ny henvendelse» on
/// «Saker», P1 «Én dør inn») and lands on the new case with P1's first task; a teacher sends a melding to barnevernet
/// (P3, R-11) and gets the receipt without access to the barnevern case.
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class IntakeTests(DesignerHost host) : StudioBrowserTest(host)
{
    private const string ChildNumber = "Barnet: fødselsnummer (11 siffer)";

    [Fact]
    public async Task Caseworker_RegistersAHenvendelse_SeesTheBadNumbersErrorAtTheField_CorrectsIt_AndLandsOnTheNewCaseWithP1sTask()
    {
        var childName = $"Henvendelse {Guid.NewGuid():N}"[..24];
        await SignInAsync("Ola Saksbehandler", "/innboks");
        await WaitForStudioAsync();
        await Page.GotoAsync("/saker");
        await WaitForStudioAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Ny henvendelse" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, "/saker/ny").ToString());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Ny henvendelse", Level = 1 })).ToBeVisibleAsync();
        await WaitForStudioAsync();
        await CheckPageAsync("ny-henvendelse");

        await Page.GetByLabel("Bekymringen (må fylles ut)").FillAsync("Mor ringte: gutten har mye fravær og sover dårlig.");
        var number = Page.GetByLabel(ChildNumber);
        // One digit wrong: the check digits fail.
        await number.FillAsync(TestPersons.Child[..^1] + (TestPersons.Child[^1] == '0' ? '1' : '0'));
        await Page.GetByLabel("Barnet: navn").FillAsync(childName);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Registrer henvendelsen" }).ClickAsync();

        var numberField = Page.Locator(".mud-input-control", new() { Has = number });
        await Expect(numberField).ToContainTextAsync("Ugyldig fødselsnummer");
        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, "/saker/ny").ToString());
        await CheckPageAsync("ny-henvendelse-feil");

        await number.FillAsync(TestPersons.Child);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Registrer henvendelsen" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/saker/(?!ny)[^/]+$"));
        var caseId = Uri.UnescapeDataString(new Uri(Page.Url).Segments[^1]);
        await Expect(Page.GetByTestId("case-child")).ToContainTextAsync(childName);

        // P1 starts with the case; its first task is created by the engine in the background and the open page shows it
        // at its next read (every 10 s), without a reload.
        await BackgroundWork.WaitUntilSettledAsync(Host.Factory);
        await Expect(Page.GetByTestId("case-tasks").Locator("tr", new() { HasText = "Ta kontakt med den som henvendte seg" })).ToContainTextAsync("Ledig i team tit-sentrum");
        await CheckPageAsync("ny-henvendelse-sak");

        // One case with the name: the refused first try stored nothing.
        await Page.GotoAsync("/saker");
        await WaitForStudioAsync();
        await Page.GetByLabel("Søk: saks-id, navn eller fødselsnummer").FillAsync(childName);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Søk" }).ClickAsync();
        var rows = Page.GetByTestId("case-list").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToHaveAttributeAsync("data-case-id", caseId);
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task SchoolEmployee_SendsAMelding_GetsTheReceiptPerChildWithoutALinkToTheBarnevernCase()
    {
        await SignInAsync("Lars Lærer", "/innboks");
        await WaitForStudioAsync();
        await Page.GotoAsync("/saker");
        await WaitForStudioAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Ny melding til barnevernet" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Ny melding til barnevernet", Level = 1 })).ToBeVisibleAsync();
        await WaitForStudioAsync();
        await CheckPageAsync("ny-melding");

        await Page.GetByLabel("Rolle (f.eks. skole, barnehage, nabo)").FillAsync("skole");
        await Page.GetByLabel("Virksomhet").FillAsync("Sentrum skole");
        await Page.GetByLabel("Hva meldingen gjelder (må fylles ut)").FillAsync("Eleven har blåmerker og sier han ikke tør å gå hjem.");
        await Page.GetByLabel("Barn 1: fødselsnummer (11 siffer)").FillAsync(TestPersons.Child);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send meldingen" }).ClickAsync();

        await Expect(Page.GetByTestId("report-received")).ToHaveTextAsync("Meldingen er mottatt av barnevernet.");
        var row = Page.GetByTestId("report-receipt").Locator("tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Mottatt");
        await Expect(row).ToContainTextAsync("Du har ikke tilgang til saken.");
        await Expect(row.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await CheckPageAsync("ny-melding-kvittering");
        AssertNoConsoleErrors();
    }
}
