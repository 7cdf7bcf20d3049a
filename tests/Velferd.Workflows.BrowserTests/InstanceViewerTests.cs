using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Velferd.Workflows.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>Running a definition from the editor and following the new instance into the instance viewer.</summary>
[Collection(DesignerCollection.Name)]
public sealed class InstanceViewerTests(DesignerHost host) : BrowserTest(host)
{
    [Fact]
    public async Task Run_FromTheEditor_OpensTheInstanceViewer_WithExecutedActivitiesHighlighted()
    {
        var definitionId = await Host.CopyOfSeededPathwayAsync(Ct);
        await OpenEditorAsync(definitionId, "kari.prosesseier");

        // «Run» asks for the definition's inputs (P2 has the case id) before it starts anything.
        await ToolbarButtons.Last.ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog, new() { Name = "Prøvekjør forløpet" });
        await Expect(dialog).ToContainTextAsync("Saken forløpet hører til");
        await SaveScreenshotAsync("run-asks-for-input");
        await dialog.GetByLabel("Saks-id").FillAsync("sak-fra-designeren");
        var instanceId = await StartRunAsync(dialog);
        await Expect(Node("start").Locator(".mud-badge.mud-theme-success")).ToBeVisibleAsync();
        await Expect(Node("delOpp").Locator(".mud-badge.mud-theme-success")).ToBeVisibleAsync();
        await Expect(Node("mottak").Locator(".mud-badge.mud-theme-warning")).ToBeVisibleAsync();
        await Expect(Node("samtykke").Locator(".mud-badge")).ToHaveCountAsync(0);
        using var owner = await Host.ClientForAsync("kari.prosesseier", Ct);
        var instance = (await owner.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}", Ct))!;
        Assert.Equal(definitionId, instance["instance"]!["definitionId"]!.GetValue<string>());
        var elsaInstance = (await owner.GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-instances/{instanceId}", Ct))!;
        Assert.Equal("sak-fra-designeren", elsaInstance["workflowState"]!["input"]!["saksId"]!.GetValue<string>());
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Run_Cancelled_StartsNothing()
    {
        var definitionId = await Host.CopyOfSeededPathwayAsync(Ct);
        await OpenEditorAsync(definitionId, "kari.prosesseier");

        await ToolbarButtons.Last.ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog, new() { Name = "Prøvekjør forløpet" });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Avbryt" }).ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, $"/designer/definitions/{definitionId}").ToString());
        using var owner = await Host.ClientForAsync("kari.prosesseier", Ct);
        var instances = (await owner.GetFromJsonAsync<JsonObject>($"/api/instances?definitionId={definitionId}", Ct))!;
        Assert.Empty(instances["items"]!.AsArray());
        AssertNoConsoleErrors();
    }
}
