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
    public async Task Toolbox_OnALaptopScreen_ShowsEveryActivityNameWhole()
    {
        await OpenEditorAsync("p1-en-dor-inn", "kari.prosesseier");
        var toolbox = Page.Locator("elsa-workflow-definition-editor > .rz-splitter > .rz-splitter-pane").First;
        var categories = toolbox.Locator(".mud-expand-panel-header");
        await Expect(categories.First).ToBeVisibleAsync();

        // A name is cut when its element hides part of its text (scrollWidth) or its text reaches past the part of the
        // toolbox the user sees (left of the list's scrollbar). The Studio opens one category at a time: each is opened
        // and its activities' names looked at, with every category's own name.
        const string CutNames = """
            pane => {
              const list = pane.querySelector('.mud-expansion-panels').parentElement;
              const box = list.getBoundingClientRect();
              const left = Math.max(box.left, pane.getBoundingClientRect().left);
              const right = Math.min(box.left + list.clientLeft + list.clientWidth, pane.getBoundingClientRect().right);
              return [...pane.querySelectorAll('.mud-panel-expanded [draggable=true], .mud-expand-panel-text')].filter(label => {
                const text = document.createRange();
                text.selectNodeContents(label);
                const drawn = text.getBoundingClientRect();
                return label.scrollWidth > label.clientWidth || drawn.left < left - 0.5 || drawn.right > right + 0.5;
              }).map(label => label.textContent.trim());
            }
            """;
        var cut = new SortedSet<string>(StringComparer.Ordinal);
        var entries = 0;
        var count = await categories.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var category = toolbox.Locator(".mud-expand-panel").Nth(i);
            await categories.Nth(i).ClickAsync();
            await Expect(category.Locator(".mud-collapse-entered")).ToHaveCountAsync(1);
            entries += await category.Locator("[draggable=true]").CountAsync();
            cut.UnionWith(await toolbox.EvaluateAsync<string[]>(CutNames));
        }

        Assert.True(entries >= 40, $"only {entries} activities in the toolbox's {count} categories");
        await toolbox.Locator(".mud-expand-panel-text", new() { HasText = "Kontakt- og reservasjonsregisteret" }).ScrollIntoViewIfNeededAsync();
        await SaveScreenshotAsync("laptop-toolbox");
        Assert.True(cut.Count == 0, "cut in the toolbox: " + string.Join(", ", cut));
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task InstanceList_OnALaptopScreen_FitsTheWindowWithEveryTextWhole()
    {
        // A name as long as the seeded pathways' (the Studio cut them at 200 px).
        var name = $"P2 Tidlig innsatsteam: samtykke, drøfting og oppfølging (kopi {Guid.NewGuid().ToString("N")[..6]})";
        var instanceId = await Host.RunCopyOfSeededPathwayAsync(name, Ct);

        await OpenSignedInAsync("/designer/instances", "kari.prosesseier");
        var row = Page.Locator("tr", new() { HasText = instanceId });
        await Expect(row).ToContainTextAsync("Suspended");

        // Nothing to scroll sideways: the table fits its frame, and the frame and the row's menu the window.
        var frame = Page.Locator("elsa-workflow-instance-list .mud-table-container");
        var widths = await frame.EvaluateAsync<double[]>("f => [f.scrollWidth, f.clientWidth, f.getBoundingClientRect().right, document.documentElement.scrollWidth]");
        Assert.True(widths[0] <= widths[1], $"the table is {widths[0]} px wide in a frame of {widths[1]} px");
        Assert.True(widths[2] <= 1366 && widths[3] <= 1366, $"the table's frame ends at {widths[2]} px, the page is {widths[3]} px wide");
        var menu = (await row.Locator("td").Last.Locator("button").BoundingBoxAsync())!;
        Assert.True(menu.X + menu.Width <= 1366, $"the row's menu ends at {menu.X + menu.Width} px");

        // The id, the pathway and the name are shown whole, not cut with «…».
        var cut = await row.EvaluateAsync<string[]>(
            "r => [...r.querySelectorAll('td, td div')].filter(e => e.scrollWidth > e.clientWidth).map(e => e.textContent.trim())");
        Assert.True(cut.Length == 0, "cut in the row: " + string.Join(", ", cut));
        Assert.Equal(name, (await row.Locator("td[data-label=Name]").InnerTextAsync()).ReplaceLineEndings(" "));

        // The filters' labels above the table («Workflows», «Status», «Sub status») too: a label's text drawn past its
        // box is cut with «…» (the labels are scaled down, so the drawn boxes are compared, not the layout widths).
        var filters = await Page.Locator("elsa-workflow-instance-list .mud-table-toolbar").EvaluateAsync<string[]>(
            """
            toolbar => [...toolbar.querySelectorAll('label.mud-input-label')].filter(label => {
              const text = document.createRange();
              text.selectNodeContents(label);
              const drawn = text.getBoundingClientRect();
              return drawn.width > 0 && (drawn.right > label.getBoundingClientRect().right + 0.5 || drawn.right > innerWidth);
            }).map(label => label.textContent.trim())
            """);
        Assert.True(filters.Length == 0, "cut above the table: " + string.Join(", ", filters));
        await SaveScreenshotAsync("laptop-instances");
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Designer_MovingBetweenPathwaysAndInstances_KeepsOneStudioSession()
    {
        var instanceId = await Host.RunCopyOfSeededPathwayAsync(Ct);
        await OpenSignedInAsync("/designer/definitions", "kari.prosesseier");
        var p1 = Page.Locator("tr", new() { HasText = "p1-en-dor-inn" });
        await Expect(p1).ToBeVisibleAsync();
        await Page.EvaluateAsync("() => { window.velferdSameDocument = true; }");

        // The list's row opens the editor.
        await p1.Locator("td").Nth(2).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, "/designer/definitions/p1-en-dor-inn").ToString());
        await Expect(Node("start")).ToBeVisibleAsync();
        await Expect(Page).ToHaveTitleAsync("P1 Én dør inn: henvendelse og avklaring – forløpsdesigner");

        // Our header's «Alle forløp», then a second pathway.
        await Page.Locator(".velferd-bar").GetByRole(AriaRole.Link, new() { Name = "Alle forløp" }).ClickAsync();
        await Expect(Page).ToHaveTitleAsync("Forløp");
        var p2 = Page.Locator("elsa-workflow-definition-list tr", new() { HasText = "p2-tidlig-innsatsteam" });
        await p2.Locator("td").Nth(2).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, "/designer/definitions/p2-tidlig-innsatsteam").ToString());
        await Expect(Page.Locator("elsa-workflow-definition-editor[definition-id=p2-tidlig-innsatsteam] g.x6-node").First).ToBeVisibleAsync();
        await Expect(Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^P2 .* – forløpsdesigner$"));

        // «Instanser», an instance's «View», and the browser's back button to the list.
        await Page.Locator(".velferd-bar").GetByRole(AriaRole.Link, new() { Name = "Instanser" }).ClickAsync();
        var row = Page.Locator("elsa-workflow-instance-list tr", new() { HasText = instanceId });
        await row.Locator("td").Last.Locator("button").ClickAsync();
        await Page.Locator(".mud-popover-open").GetByText("View", new() { Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, $"/designer/instances/{instanceId}").ToString());
        await Expect(Page.Locator("elsa-workflow-instance-viewer g.x6-node[data-cell-id=start] .mud-badge.mud-theme-success")).ToBeVisibleAsync();
        await Page.GoBackAsync();
        await Expect(Page.Locator("elsa-workflow-instance-list tr", new() { HasText = instanceId })).ToBeVisibleAsync();

        Assert.True(await Page.EvaluateAsync<bool>("() => window.velferdSameDocument === true"), "a page was loaded on the way");
        Assert.Equal(1, await Page.EvaluateAsync<int>("() => performance.getEntriesByType('navigation').length"));
        AssertNoConsoleErrors();
    }
}
