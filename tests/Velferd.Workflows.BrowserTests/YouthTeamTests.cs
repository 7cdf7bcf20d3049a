using Microsoft.Playwright;
using Velferd.Workflows.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>
/// «Ungdomsteam» at 1366×768: the youth team's coordinator gets the host's field errors next to the fields, creates a
/// topic, is told an action needs its responsible service, and closes the topic, which then reads «Lukket (LUKKET)».
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class YouthTeamTests(DesignerHost host) : StudioBrowserTest(host)
{
    [Fact]
    public async Task Coordinator_CreatesATopicAfterItsFieldErrors_AndClosesIt()
    {
        await SignInAsync("Ulla Ungdomskoordinator", "/innboks");
        await WaitForStudioAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Ungdomsteam" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Ungdomsteam", Level = 1 })).ToBeVisibleAsync();

        var form = Page.GetByTestId("youth-team-new");
        await form.GetByLabel("Tittel").FillAsync("Snus i friminuttene");
        await form.GetByLabel("Beskrivelse").FillAsync("Gjelder 10051412345");
        await form.GetByLabel("Dato for gjennomgang (ÅÅÅÅ-MM-DD)").FillAsync("neste uke");
        await form.GetByRole(AriaRole.Button, new() { Name = "Opprett tema" }).ClickAsync();
        await Expect(form).ToContainTextAsync("R-33");
        await Expect(form).ToContainTextAsync("Ugyldig dato: skriv ÅÅÅÅ-MM-DD.");

        await form.GetByLabel("Beskrivelse").FillAsync("Flere skoler melder om snus blant elever på 9. trinn.");
        await form.GetByLabel("Dato for gjennomgang (ÅÅÅÅ-MM-DD)").FillAsync("2099-01-15");
        await form.GetByRole(AriaRole.Button, new() { Name = "Opprett tema" }).ClickAsync();
        var topic = Page.GetByTestId("youth-team-topic");
        await Expect(topic.GetByRole(AriaRole.Heading, new() { Name = "Snus i friminuttene" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("youth-team-topics").Locator("tr", new() { HasText = "Snus i friminuttene" })).ToContainTextAsync("Åpen");

        var action = Page.GetByTestId("youth-team-action-form");
        await action.GetByLabel("Tiltak").FillAsync("Foreldremøte om snus");
        await action.GetByLabel("Frist (ÅÅÅÅ-MM-DD)").FillAsync("2099-01-10");
        await action.GetByRole(AriaRole.Button, new() { Name = "Legg til tiltak" }).ClickAsync();
        await Expect(action).ToContainTextAsync("Ansvarlig tjeneste mangler");

        await Page.GetByTestId("youth-team-close-form").GetByLabel("Merknad (valgfri)").FillAsync("Tatt inn i skolens plan.");
        await Page.GetByTestId("youth-team-close-form").GetByRole(AriaRole.Button, new() { Name = "Lukk temaet" }).ClickAsync();
        await Expect(Page.GetByTestId("youth-team-topics").Locator("tr", new() { HasText = "Snus i friminuttene" })).ToContainTextAsync("Lukket (LUKKET)");
        await Expect(topic).ToContainTextAsync("Lukket: Tatt inn i skolens plan.");
        AssertNoConsoleErrors();
    }
}
