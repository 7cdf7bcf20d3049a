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

        // The list still works after the refusal: the instance is there, still running, its dates in Norwegian format.
        await Expect(row).ToContainTextAsync("Suspended");
        await Expect(row).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}"));
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
    public async Task DefinitionList_Caseworker_HasNoRunInTheRowMenu()
    {
        await OpenSignedInAsync("/designer/definitions", "ola.saksbehandler");
        var row = Page.Locator("tr", new() { HasText = "p1-en-dor-inn" });

        await row.Locator("td").Last.Locator("button").ClickAsync();

        var menu = Page.Locator(".mud-popover-open");
        await Expect(menu.GetByText("Export", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(menu.GetByText("Run", new() { Exact = true })).ToBeHiddenAsync();
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Editor_OnALaptopScreen_FitsThePathwayBesideTheToolbox_AndGivesTheInputsRoom()
    {
        // P1 is wider than the canvas even at half size: it opens scaled down and from its start, not centred at full
        // size with the start behind the toolbox (where Elsa Studio 3.8.2 puts it).
        await OpenEditorAsync("p1-en-dor-inn", "kari.prosesseier");

        var toolbox = Page.Locator("elsa-workflow-definition-editor > .rz-splitter > .rz-splitter-pane").First;
        var canvasPane = Page.Locator(".rz-splitter-vertical > .rz-splitter-pane").First;
        var inputsPane = Page.Locator(".rz-splitter-vertical > .rz-splitter-pane").Last;
        await Page.WaitForFunctionAsync(
            """
            () => {
              const start = document.querySelector('g.x6-node[data-cell-id="start"]').getBoundingClientRect();
              const graph = document.querySelector('.x6-graph').getBoundingClientRect();
              const pane = document.querySelector('.rz-splitter-vertical > .rz-splitter-pane').getBoundingClientRect();
              return start.left >= graph.left && start.right <= graph.right && start.top >= graph.top && start.bottom <= pane.bottom;
            }
            """);
        var start = (await Node("start").BoundingBoxAsync())!;
        var toolboxBox = (await toolbox.BoundingBoxAsync())!;
        Assert.True(start.X >= toolboxBox.X + toolboxBox.Width, $"the first step (x {start.X}) is behind the toolbox (right edge {toolboxBox.X + toolboxBox.Width})");
        Assert.Equal("0.5", await Page.Locator(".x6-graph-svg-viewport").First.EvaluateAsync<string>("v => v.getAttribute('transform').match(/matrix\\(([^,]+)/)[1]"));

        var inputs = (await inputsPane.BoundingBoxAsync())!;
        var canvas = (await canvasPane.BoundingBoxAsync())!;
        Assert.True(inputs.Height >= 250, $"the inputs panel is {inputs.Height} px tall");
        Assert.True(canvas.Width >= 800, $"the canvas is {canvas.Width} px wide");
        Assert.True(inputs.Y + inputs.Height <= 768, "the inputs panel reaches below the window");
        await SaveScreenshotAsync("laptop-layout");
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

    [Fact]
    public async Task DefinitionList_ProcessOwner_CreatesRenamesDuplicatesExportsAndImportsAPathway()
    {
        using var owner = await Host.ClientForAsync("kari.prosesseier", Ct);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await OpenSignedInAsync("/designer/definitions", "kari.prosesseier");

        // Create: the Studio's dialog, then our editor page for the new definition.
        var definitionId = await CreatePathwayFromListAsync($"Nytt forløp {suffix}");
        Assert.Equal($"Nytt forløp {suffix}", (await owner.GetFromJsonAsync<JsonObject>($"/api/definitions/{definitionId}", Ct))!["name"]!.GetValue<string>());

        // Rename through the definition's properties (auto-saved).
        var name = Page.Locator(".mud-input-control", new() { HasText = "The name of the workflow." }).Locator("input");
        await Expect(name).ToHaveValueAsync($"Nytt forløp {suffix}");
        await Page.RunAndWaitForResponseAsync(
            async () =>
            {
                await name.FillAsync($"Omdøpt forløp {suffix}");
                await name.PressAsync("Tab");
            },
            r => r.Request.Method == "POST" && r.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal)
                 && r.Request.PostData!.Contains($"Omd\\u00F8pt forl\\u00F8p {suffix}", StringComparison.Ordinal) && r.Status == 200);
        Assert.Equal($"Omdøpt forløp {suffix}", (await owner.GetFromJsonAsync<JsonObject>($"/api/definitions/{definitionId}", Ct))!["name"]!.GetValue<string>());

        // Duplicate from the list.
        await Page.GotoAsync("/designer/definitions");
        var row = Page.Locator("tr", new() { HasText = $"Omdøpt forløp {suffix}" });
        await row.Locator("td").Last.Locator("button").ClickAsync();
        await Page.Locator(".mud-popover-open").GetByText("Duplicate", new() { Exact = true }).ClickAsync();
        await Page.Locator(".mud-dialog input").First.FillAsync($"Kopi {suffix}");
        await Page.RunAndWaitForResponseAsync(
            () => Page.Locator(".mud-dialog button", new() { HasText = "Ok" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal) && r.Status == 200);
        await Expect(Page.Locator("tr", new() { HasText = $"Kopi {suffix}" })).ToBeVisibleAsync();

        // Export the original, import it under a new id and name.
        await row.Locator("td").Last.Locator("button").ClickAsync();
        await Page.Locator(".mud-popover-open").GetByText("Export", new() { Exact = true }).ClickAsync();
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.Locator(".mud-dialog button", new() { HasText = "Export" }).ClickAsync());
        var exported = JsonNode.Parse(await File.ReadAllTextAsync((await download.PathAsync())!, Ct))!.AsObject();
        Assert.Equal(definitionId, exported["definitionId"]!.GetValue<string>());
        exported["definitionId"] = $"importert-{suffix}";
        exported["name"] = $"Importert {suffix}";
        await Page.Locator(".mud-button-group-root", new() { HasText = "Create workflow" }).Locator("button").Last.ClickAsync();
        var chooser = await Page.RunAndWaitForFileChooserAsync(() => Page.Locator(".mud-popover-open").GetByText("Import", new() { Exact = true }).ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "importert.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(exported.ToJsonString()) });
        await Expect(Page.Locator(".mud-snackbar", new() { HasText = "1 workflow imported successfully." })).ToBeVisibleAsync();
        await Expect(Page.Locator("tr", new() { HasText = $"Importert {suffix}" })).ToBeVisibleAsync();
        Assert.Equal($"Importert {suffix}", (await owner.GetFromJsonAsync<JsonObject>($"/api/definitions/importert-{suffix}", Ct))!["name"]!.GetValue<string>());
        await SaveScreenshotAsync("definition-list");
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task DefinitionList_OpeningAPathway_KeepsTheStudioSessionOfTheList()
    {
        await OpenSignedInAsync("/designer/definitions", "kari.prosesseier");
        var row = Page.Locator("tr", new() { HasText = "p1-en-dor-inn" });
        await Expect(row).ToBeVisibleAsync();
        await Page.EvaluateAsync("() => { window.velferdSameDocument = true; }");

        await row.Locator("td").Nth(2).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, "/designer/definitions/p1-en-dor-inn").ToString());
        await Expect(Node("start")).ToBeVisibleAsync();
        await Expect(Page.Locator("elsa-workflow-definition-list")).ToHaveCountAsync(0);
        Assert.True(await Page.EvaluateAsync<bool>("() => window.velferdSameDocument === true"), "the page was reloaded");
        AssertNoConsoleErrors();
    }
}
