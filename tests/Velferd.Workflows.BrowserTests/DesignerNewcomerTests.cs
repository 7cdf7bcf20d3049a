using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Velferd.Workflows.BrowserTests.Hosting;
using Velferd.Workflows.Host.ElsaApi;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>
/// The designer as a new process owner (or a caseworker) meets it at 1366×768: the host's refusals reach the user,
/// definitions stored over the API open, read-only users get neither the toolbox nor «Run». Each test keeps a
/// screenshot under <c>artifacts/browser-tests/designer-*.png</c>.
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class DesignerNewcomerTests(DesignerHost host) : BrowserTest(host)
{
    /// <inheritdoc />
    protected override ViewportSize Viewport => new() { Width = 1366, Height = 768 };

    [Fact]
    public async Task InstanceList_DeleteRefusedByTheHost_ShowsTheHostsReason()
    {
        var instanceId = await Host.RunCopyOfSeededPathwayAsync(Ct);

        await OpenSignedInAsync("/designer/instances", "kari.prosesseier");
        var row = Page.Locator("tr", new() { HasText = instanceId });
        await row.Locator("td").Last.Locator("button").ClickAsync();
        await Page.Locator(".mud-popover-open").GetByText("Delete", new() { Exact = true }).ClickAsync();
        var delete = await Page.RunAndWaitForResponseAsync(
            () => Page.Locator(".mud-dialog button", new() { HasText = "Delete" }).ClickAsync(),
            r => r.Request.Method == "DELETE" && r.Url.EndsWith($"/workflow-instances/{instanceId}", StringComparison.Ordinal));

        Assert.Equal(409, delete.Status);
        var answer = Page.Locator("#velferd-host-answer");
        await Expect(answer).ToBeVisibleAsync();
        await Expect(answer).ToContainTextAsync($"Verten avviste handlingen: {ElsaInstanceActionEndpoints.DeleteRefused}");
        await Expect(Page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await SaveScreenshotAsync("refused-delete");

        // The list still works after the refusal: the instance is there, still running.
        await Expect(row).ToContainTextAsync("Suspended");
        await answer.GetByRole(AriaRole.Button, new() { Name = "Lukk" }).ClickAsync();
        await Expect(answer).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Editor_DefinitionCreatedOverTheApiWithoutNodeIds_OpensWithItsActivitiesAndConnection()
    {
        using var owner = await Host.ClientForAsync("kari.prosesseier", Ct);
        var definitionId = $"uten-node-{Guid.NewGuid():N}";
        var created = await owner.PostAsJsonAsync(
            "/api/definitions",
            JsonNode.Parse($$"""
                {
                  "definitionId": "{{definitionId}}", "name": "Uten node-id {{definitionId[^6..]}}",
                  "root": {
                    "type": "Elsa.Flowchart",
                    "activities": [
                      { "id": "start", "type": "Elsa.Start", "metadata": { "designer": { "position": { "x": 0, "y": 0 } } } },
                      { "id": "slutt", "type": "Elsa.End", "metadata": { "designer": { "position": { "x": 300, "y": 0 } } } }
                    ],
                    "connections": [ { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "slutt", "port": "In" } } ]
                  }
                }
                """),
            Ct);
        created.EnsureSuccessStatusCode();

        await OpenEditorAsync(definitionId, "kari.prosesseier");

        await Expect(Nodes).ToHaveCountAsync(2);
        await Expect(Node("slutt")).ToBeVisibleAsync();
        await Expect(Edges).ToHaveCountAsync(1);
        await Expect(Page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await SaveScreenshotAsync("definition-without-node-ids");
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Editor_Caseworker_SeesNeitherRunNorTheToolbox()
    {
        await OpenEditorAsync("p1-en-dor-inn", "ola.saksbehandler");

        await Expect(Page.GetByRole(AriaRole.Tab, new() { Name = "Activities" })).ToBeHiddenAsync();
        await Expect(Page.Locator("[role=toolbar] button.mud-success-text")).ToHaveCountAsync(1);
        await Expect(Page.Locator("[role=toolbar] button.mud-success-text")).ToBeHiddenAsync();
        await SaveScreenshotAsync("caseworker-read-only");
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Editor_ProcessOwner_HasRunAndTheToolbox()
    {
        await OpenEditorAsync("p1-en-dor-inn", "kari.prosesseier");

        await Expect(Page.GetByRole(AriaRole.Tab, new() { Name = "Activities" })).ToBeVisibleAsync();
        await Expect(Page.Locator("[role=toolbar] button.mud-success-text")).ToBeVisibleAsync();
        AssertNoConsoleErrors();
    }

    private async Task SaveScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var file = Path.Combine(ScreenshotDirectory, $"designer-{name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
        TestContext.Current.AddAttachment($"screenshot {name}", file);
    }
}
