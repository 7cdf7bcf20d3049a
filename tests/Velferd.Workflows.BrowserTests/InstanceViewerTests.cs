using System.Net.Http.Json;
using System.Text.Json.Nodes;
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

        var run = await Page.RunAndWaitForResponseAsync(
            () => ToolbarButtons.Last.ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains("/execute", StringComparison.Ordinal));
        var instanceId = await run.HeaderValueAsync("x-elsa-workflow-instance-id");
        Assert.False(string.IsNullOrEmpty(instanceId));

        // The Studio routes to the new instance; the page turns that into our instance viewer page.
        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, $"/designer/instances/{instanceId}").ToString());
        await Expect(Node("start").Locator(".mud-badge.mud-theme-success")).ToBeVisibleAsync();
        await Expect(Node("delOpp").Locator(".mud-badge.mud-theme-success")).ToBeVisibleAsync();
        await Expect(Node("mottak").Locator(".mud-badge.mud-theme-warning")).ToBeVisibleAsync();
        await Expect(Node("samtykke").Locator(".mud-badge")).ToHaveCountAsync(0);
        using var owner = await Host.ClientForAsync("kari.prosesseier", Ct);
        var instance = (await owner.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}", Ct))!;
        Assert.Equal(definitionId, instance["instance"]!["definitionId"]!.GetValue<string>());
        AssertNoConsoleErrors();
    }
}
