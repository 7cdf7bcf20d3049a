using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Velferd.Workflows.BrowserTests.Hosting;
using Velferd.Workflows.Testing.Builders;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>
/// «Prosesser» in chromium at 1366×768: a process owner finds a pathway, opens its versions with their instance
/// counts, then the designer; moves running instances to a new version after a dry run; and travels in time with the
/// host's development clock.
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
    public async Task ProcessOwner_DryRunsAMigration_ChoosesTheStepThatTakesOver_AndMovesTheInstances()
    {
        var definitionId = $"flytting-{Guid.NewGuid():N}";
        using var kari = await Host.ClientForAsync("kari.prosesseier", Ct);
        await PublishAsync(kari, WithTask(definitionId, "oppgave", "Vurder saken"));
        var instances = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var started = await kari.PostAsJsonAsync("/api/instances", new { definitionId, correlationId = $"sak-flytting-{i}" }, Ct);
            started.EnsureSuccessStatusCode();
            instances.Add((await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>());
        }

        await PublishAsync(kari, WithTask(definitionId, "vurdering", "Vurder saken på nytt"));

        await SignInAsync("Kari Prosesseier", "/prosesser");
        await Page.GotoAsync($"/prosesser/{definitionId}");
        await WaitForStudioAsync();
        var panel = Page.GetByTestId("migration");
        await ChooseAsync(panel.GetByTestId("migration-from"), "1");
        await ChooseAsync(panel.GetByTestId("migration-to"), "2");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Prøvekjør" }).ClickAsync();
        await Expect(panel.GetByTestId("migration-summary")).ToHaveTextAsync("0 kan flyttes til versjon 2, 2 kan ikke.");
        await Expect(panel.GetByTestId("migration-instances")).ToContainTextAsync("«Vurder saken» finnes ikke i versjon 2");
        await ChooseAsync(panel.GetByTestId("migration-step-oppgave"), "Vurder saken på nytt");
        await Expect(panel.GetByTestId("migration-summary")).ToHaveTextAsync("2 kan flyttes til versjon 2, 0 kan ikke.");
        await Expect(panel.GetByTestId("migration-instances").Locator($"tr[data-instance='{instances[0]}']")).ToContainTextAsync("Vurder saken → Vurder saken på nytt");
        await CheckPageAsync("prosess-flytting-provekjoring");
        var unchanged = (await kari.GetFromJsonAsync<JsonObject>($"/api/instances/{instances[0]}", Ct))!["instance"]!["definitionVersion"]!.GetValue<int>();

        await panel.GetByRole(AriaRole.Button, new() { Name = "Flytt 2 instanser" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ja, flytt" }).ClickAsync();

        await Expect(panel.GetByTestId("migration-summary")).ToHaveTextAsync("2 flyttet til versjon 2, 0 ikke flyttet.");
        var running = Page.GetByTestId("process-versions").Locator("tr[data-version='2'] td").Nth(3);
        await Expect(running).ToHaveTextAsync("2");
        await CheckPageAsync("prosess-flytting-ferdig");
        Assert.Equal(1, unchanged);
        foreach (var instanceId in instances)
        {
            var moved = (await kari.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}", Ct))!;
            Assert.Equal(2, moved["instance"]!["definitionVersion"]!.GetValue<int>());
            Assert.Equal("vurdering", Assert.Single(moved["bookmarks"]!.AsArray())!["activityId"]!.GetValue<string>());
        }

        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task ProcessOwner_ExportsAPathway_ImportsItAsADraft_PublishesIt_AndRetractsIt()
    {
        var definitionId = await Host.CopyOfSeededPathwayAsync(Ct);
        await SignInAsync("Kari Prosesseier", "/prosesser");
        await WaitForStudioAsync();

        var export = await Page.RunAndWaitForDownloadAsync(() =>
            Page.Locator("tr", new() { HasText = definitionId }).GetByRole(AriaRole.Link, new() { Name = "Eksporter (JSON)", Exact = false }).ClickAsync());
        var exported = JsonNode.Parse(await File.ReadAllTextAsync(await export.PathAsync(), Ct))!.AsObject();
        Assert.Equal(definitionId, exported["definitionId"]!.GetValue<string>());
        Assert.NotEmpty(exported["root"]!["activities"]!.AsArray());

        // The same pathway under a new id, as a process owner brings one from another municipality.
        var importedId = $"p2-import-{Guid.NewGuid():N}"[..24];
        exported["definitionId"] = importedId;
        // A name that sorts after P1's, so the designer's list (sorted by name, 10 a page) keeps P1 where its tests find it.
        exported["name"] = $"P2 import {importedId[^6..]}";
        var file = Path.Combine(Path.GetTempPath(), $"{importedId}.json");
        await File.WriteAllTextAsync(file, exported.ToJsonString(), Ct);
        try
        {
            await Page.Locator("#velferd-import-file").SetInputFilesAsync(file);
            await Expect(Page.GetByText($"Forløpet «P2 import {importedId[^6..]}» er importert som utkast.")).ToBeVisibleAsync();
        }
        finally
        {
            File.Delete(file);
        }

        await Page.GotoAsync($"/prosesser/{importedId}");
        await WaitForStudioAsync();
        var version = Page.GetByTestId("process-versions").Locator("tr[data-version='1']");
        await Expect(version.Locator("td").Nth(1)).ToHaveTextAsync("Utkast");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publiser siste versjon" }).ClickAsync();
        await Expect(Page.GetByText("Siste versjon er publisert. Nye saker starter den.")).ToBeVisibleAsync();
        await Expect(version.Locator("td").Nth(1)).ToHaveTextAsync("Publisert");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Trekk tilbake publisert versjon" }).ClickAsync();
        await Expect(Page.GetByText("Forløpet er trukket tilbake. Nye saker kan ikke starte det.")).ToBeVisibleAsync();
        await Expect(version.Locator("td").Nth(1)).Not.ToHaveTextAsync("Publisert");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Trekk tilbake publisert versjon" })).ToHaveCountAsync(0);
        using var kari = await Host.ClientForAsync("kari.prosesseier", Ct);
        var refused = await kari.PostAsJsonAsync("/api/instances", new { definitionId = importedId }, Ct);
        Assert.False(refused.IsSuccessStatusCode, "a retracted pathway started a new instance");
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

    private static JsonObject WithTask(string definitionId, string taskId, string taskName)
    {
        var json = new FlowchartBuilder($"Flytting {definitionId[^6..]}")
            .WithDefinitionId(definitionId)
            .Activity("start", "Elsa.Start")
            .Activity(taskId, "Velferd.UserTask", ("title", Expr.Literal("Vurder")), ("candidateTeam", Expr.Literal("tit-sentrum")))
            .Chain("start", taskId)
            .BuildJson();
        json["root"]!["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == taskId)!["name"] = taskName;
        return json;
    }

    private static async Task PublishAsync(HttpClient owner, JsonObject definition)
    {
        var id = definition["definitionId"]!.GetValue<string>();
        var exists = (await owner.GetAsync($"/api/definitions/{id}", Ct)).IsSuccessStatusCode;
        var saved = exists ? await owner.PutAsJsonAsync($"/api/definitions/{id}", definition, Ct) : await owner.PostAsJsonAsync("/api/definitions", definition, Ct);
        saved.EnsureSuccessStatusCode();
        (await owner.PostAsync($"/api/definitions/{id}/publish", null, Ct)).EnsureSuccessStatusCode();
    }

    // A MudSelect opens a list of options in a popover; the option is picked by its text.
    private async Task ChooseAsync(ILocator select, string option)
    {
        await select.ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }
}
