using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Velferd.Workflows.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>
/// A definition usable as an activity, as a process owner meets it in the designer: in the toolbox under its category,
/// drawn in a parent, and run from the parent's editor with the child running as its own instance (issue 18).
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class DesignerSubWorkflowTests(DesignerHost host) : BrowserTest(host)
{
    private const string ChildDefinitionId = "elsa-compat-54-vurdering";
    private const string ParentDefinitionId = "elsa-compat-54-usable-as-activity";

    [Fact]
    public async Task UsableAsActivity_IsInTheToolbox_AndAParentUsingItRunsFromTheEditor()
    {
        using var owner = await Host.ClientForAsync("kari.prosesseier", Ct);
        await ImportAndPublishAsync(owner, "54-child-assessment.json", ChildDefinitionId);
        await ImportAndPublishAsync(owner, "54-usable-as-activity.json", ParentDefinitionId);

        await OpenEditorAsync(ParentDefinitionId, "kari.prosesseier");
        await Expect(Node("vurder")).ToContainTextAsync("Vurder søknad");

        // The toolbox lists the child under the category its definition names.
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Activities" }).ClickAsync();
        var category = Page.Locator(".mud-expand-panel", new() { HasText = "Vurderinger" });
        await category.GetByText("Vurderinger", new() { Exact = true }).ClickAsync();
        var item = category.GetByText("Vurder søknad", new() { Exact = true });
        await item.ScrollIntoViewIfNeededAsync();
        await Expect(item).ToBeVisibleAsync();
        await SaveScreenshotAsync("sub-workflow-in-the-toolbox");

        // «Run» (no inputs to ask for) starts the parent; the child runs as its own instance and the parent goes on.
        await ToolbarButtons.Last.ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog, new() { Name = "Prøvekjør forløpet" });
        var run = await Page.RunAndWaitForResponseAsync(
            () => dialog.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains("/execute", StringComparison.Ordinal));
        var instanceId = await run.HeaderValueAsync("x-elsa-workflow-instance-id");
        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, $"/designer/instances/{instanceId}").ToString());
        await Expect(Node("ok").Locator(".mud-badge.mud-theme-success")).ToBeVisibleAsync();
        await Expect(Node("no").Locator(".mud-badge")).ToHaveCountAsync(0);
        await SaveScreenshotAsync("sub-workflow-parent-ran");

        var parent = (await owner.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}", Ct))!;
        Assert.Equal("Finished", parent["instance"]!["subStatus"]!.GetValue<string>());
        var children = (await owner.GetFromJsonAsync<JsonObject>($"/api/instances?definitionId={ChildDefinitionId}", Ct))!;
        Assert.Equal("Finished", Assert.Single(children["items"]!.AsArray())!["subStatus"]!.GetValue<string>());
        AssertNoConsoleErrors();
    }

    private static async Task ImportAndPublishAsync(HttpClient owner, string file, string definitionId)
    {
        var definition = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "SubWorkflows", file), Ct))!;
        var imported = await owner.PostAsJsonAsync("/elsa/api/workflow-definitions/import", definition, Ct);
        imported.EnsureSuccessStatusCode();
        var published = await owner.PostAsJsonAsync($"/elsa/api/workflow-definitions/{definitionId}/publish", new JsonObject(), Ct);
        published.EnsureSuccessStatusCode();
    }
}
