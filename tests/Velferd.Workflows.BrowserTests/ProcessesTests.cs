using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Velferd.Workflows.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>
/// «Prosesser» in chromium at 1366×768: a process owner finds a pathway, opens its versions with their instance
/// counts, then the designer; and travels in time with the host's development clock.
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class ProcessesTests(DesignerHost host) : StudioBrowserTest(host)
{
    [Fact]
    public async Task ProcessOwner_OpensAPathwaysVersions_ThenTheDesigner()
    {
        var definitionId = await Host.CopyOfSeededPathwayAsync(Ct);
        using var kari = await Host.ClientForAsync("kari.prosesseier", Ct);
        var started = await kari.PostAsJsonAsync("/api/instances", new { definitionId, input = new { saksId = "sak-prosesser" } }, Ct);
        started.EnsureSuccessStatusCode();
        var instanceId = (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
        (await kari.PostAsync($"/api/instances/{instanceId}/cancel", null, Ct)).EnsureSuccessStatusCode();

        await SignInAsync("Kari Prosesseier", "/prosesser");
        await WaitForStudioAsync();
        var row = Page.Locator("tr", new() { HasText = definitionId });
        await Expect(row).ToContainTextAsync("Publisert");
        await CheckPageAsync("prosesser");
        await row.GetByRole(AriaRole.Link, new() { Name = "Versjoner", Exact = false }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, $"/prosesser/{definitionId}").ToString());
        var version = Page.GetByTestId("process-versions").Locator("tr[data-version='1']");
        await Expect(version.Locator("td").Nth(1)).ToHaveTextAsync("Publisert");
        await Expect(version.Locator("td").Nth(5)).ToHaveTextAsync("1"); // Avbrutt
        await Expect(version.Locator("td").Nth(7)).ToHaveTextAsync("1"); // Sum
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Trekk tilbake publisert versjon" })).ToBeVisibleAsync();
        await CheckPageAsync("prosess-versjoner");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Åpne i designeren" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, $"/designer/definitions/{definitionId}").ToString());
        await Expect(Node("start")).ToBeVisibleAsync();
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task ProcessOwner_MovesTheClockAWeekAhead_AndBackToNow()
    {
        using var admin = await Host.ClientForAsync("admin", Ct);
        var before = (await admin.GetFromJsonAsync<JsonObject>("/api/dev/clock", Ct))!["now"]!.GetValue<DateTimeOffset>();
        try
        {
            await SignInAsync("Kari Prosesseier", "/prosesser");
            await WaitForStudioAsync();
            var clock = Page.GetByTestId("clock");
            await clock.GetByLabel("Antall dager fram").FillAsync("7");
            await clock.GetByRole(AriaRole.Button, new() { Name = "Flytt klokka fram" }).ClickAsync();

            await Expect(Page.GetByTestId("clock-now")).ToContainTextAsync("(7 dager fram)");
            var moved = (await admin.GetFromJsonAsync<JsonObject>("/api/dev/clock", Ct))!["now"]!.GetValue<DateTimeOffset>();
            Assert.InRange(moved - before, TimeSpan.FromDays(7), TimeSpan.FromDays(7.01));
            await CheckPageAsync("prosesser-tidsreise");

            await clock.GetByRole(AriaRole.Button, new() { Name = "Tilbake til nå" }).ClickAsync();
            await Expect(Page.GetByTestId("clock-now")).Not.ToContainTextAsync("fram");
            var offset = (await admin.GetFromJsonAsync<JsonObject>("/api/dev/clock", Ct))!["offset"]!.GetValue<string>();
            Assert.InRange(TimeSpan.Parse(offset, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromSeconds(-5), TimeSpan.Zero);
            AssertNoConsoleErrors();
        }
        finally
        {
            // The host is shared by the collection: later tests must start at the time they expect.
            (await admin.PostAsJsonAsync("/api/dev/clock", new { now = before.ToString("O") }, Ct)).EnsureSuccessStatusCode();
        }
    }
}
