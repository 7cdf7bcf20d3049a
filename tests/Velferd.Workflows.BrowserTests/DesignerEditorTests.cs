using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Velferd.Workflows.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>The official Elsa Studio editor on our host: open, edit with auto-save, publish, read-only for caseworkers.</summary>
[Collection(DesignerCollection.Name)]
public sealed class DesignerEditorTests(DesignerHost host) : BrowserTest(host)
{
    private static readonly string[] SeededActivities =
    [
        "start", "knyttTilSak", "delOpp", "sakAvsluttet", "ventEskalering", "eskaleringKoordinator", "mottak", "samtykke", "innhentSamtykke",
        "avsluttAnonym", "avsluttTilbake", "mote", "moteForsinket", "moteUtenFrist", "beslutning", "avsluttP3", "avsluttP5", "evaluering",
        "nyStafettholder", "avsluttMalNadd", "avsluttEtterOnske", "avsluttKe", "avsluttFlyttet", "samtykkealder", "fornySamtykke", "ventFornyelse", "fornyForUtlop",
    ];

    [Fact]
    public async Task Editor_SeededPathway_ShowsItsActivitiesAndConnections()
    {
        await OpenEditorAsync("p2-tidlig-innsatsteam", "kari.prosesseier");

        await Expect(Nodes).ToHaveCountAsync(SeededActivities.Length);
        foreach (var activity in SeededActivities)
        {
            await Expect(Node(activity)).ToBeAttachedAsync();
        }

        await Expect(Edges).ToHaveCountAsync(37);
        await Expect(Node("samtykke")).ToContainTextAsync("Skriftlig samtykke for drøfting?");
        await Expect(Page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Editor_UserTask_ShowsItsOutcomePortsAndTheOverduePort()
    {
        // A user task's ports are its «Utfall» (dynamic) and «Overskredet» (static, taken by an interrupting deadline),
        // so a process owner can draw where the flow goes when the deadline passes.
        await OpenEditorAsync("p1-en-dor-inn", "kari.prosesseier");

        var task = Node("konkretiser");
        await Expect(task.Locator("g.x6-port-body[port=\"Til beslutning\"]")).ToBeAttachedAsync();
        await Expect(task.Locator("g.x6-port-body[port=\"Overskredet\"]")).ToBeAttachedAsync();
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Editor_DragConnectAndSetInput_AutoSavesToTheDatabase()
    {
        var definitionId = await Host.CopyOfSeededPathwayAsync(Ct);
        await OpenEditorAsync(definitionId, "kari.prosesseier");
        await Expect(Nodes).ToHaveCountAsync(SeededActivities.Length);

        await Page.GetByLabel("Activities").GetByText("Primitiver", new() { Exact = true }).ClickAsync();
        var canvas = Page.Locator(".x6-graph").First;
        var box = (await canvas.BoundingBoxAsync())!;
        // Dropped near the top: after «fit» the lowest step lies at the bottom of the graph, part of which the Studio
        // draws under the inputs panel, where no drag can start (docs/studio.md).
        await Page.GetByLabel("Activities").GetByText("Skriv linje", new() { Exact = true })
            .DragToAsync(canvas, new() { TargetPosition = new() { X = box.Width / 2, Y = 130 } });
        await Expect(Nodes).ToHaveCountAsync(SeededActivities.Length + 1);
        var ids = await Nodes.EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.getAttribute('data-cell-id'))");
        var added = Assert.Single(ids.Except(SeededActivities));

        // Deselect (the selection box would take the drag), fit the diagram, then draw a connection port to port.
        await Page.Mouse.ClickAsync(box.X + 15, box.Y + 15);
        await ToolbarButtons.Nth(0).ClickAsync();
        var from = await SettledBoxAsync(Node(added).Locator("g.x6-port-body[port=\"Done\"]"));
        var to = await SettledBoxAsync(Node("avsluttTilbake").Locator("g.x6-port-body[port=\"In\"]"));
        await Page.Mouse.MoveAsync(from.X + (from.Width / 2), from.Y + (from.Height / 2));
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync(to.X + (to.Width / 2), to.Y + (to.Height / 2), new() { Steps = 20 });
        await Page.Mouse.UpAsync();
        await Expect(Edges).ToHaveCountAsync(38);

        await Node(added).Locator(".elsa-activity").ClickAsync(new() { Force = true });
        var text = Page.Locator(".mud-input-control", new() { HasText = "Tekst" }).Locator("input");
        await Page.RunAndWaitForResponseAsync(
            async () =>
            {
                await text.FillAsync("Hei fra designeren");
                await text.PressAsync("Tab");
            },
            r => r.Request.Method == "POST" && r.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal)
                 && r.Request.PostData!.Contains("Hei fra designeren", StringComparison.Ordinal) && r.Status == 200);

        using var owner = await Host.ClientForAsync("kari.prosesseier", Ct);
        var stored = (await owner.GetFromJsonAsync<JsonObject>($"/api/definitions/{definitionId}?version=Latest", Ct))!;
        Assert.Equal(2, stored["version"]!.GetValue<int>());
        Assert.False(stored["isPublished"]!.GetValue<bool>());
        var activity = stored["root"]!["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == added)!;
        Assert.Equal("Elsa.WriteLine", activity["type"]!.GetValue<string>());
        Assert.Equal("Hei fra designeren", activity["text"]!["expression"]!["value"]!.GetValue<string>());
        Assert.Contains(
            stored["root"]!["connections"]!.AsArray(),
            c => c!["source"]!["activity"]!.GetValue<string>() == added && c["source"]!["port"]!.GetValue<string>() == "Done"
                 && c["target"]!["activity"]!.GetValue<string>() == "avsluttTilbake");
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Publish_FromTheEditor_ListsVersionTwo_WhileAnInstanceOnVersionOneKeepsRunningOnIt()
    {
        var definitionId = await Host.CopyOfSeededPathwayAsync(Ct);
        using var owner = await Host.ClientForAsync("kari.prosesseier", Ct);
        var correlationId = $"sak-{Guid.NewGuid():N}";
        var started = await owner.PostAsJsonAsync("/api/instances", new { definitionId, correlationId, input = new { saksId = correlationId } }, Ct);
        var instanceId = (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
        await OpenEditorAsync(definitionId, "kari.prosesseier");

        await Page.RunAndWaitForResponseAsync(
            () => ToolbarButtons.Nth(5).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal)
                 && r.Request.PostData!.Contains("\"publish\":true", StringComparison.Ordinal) && r.Status == 200);
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Version history" }).ClickAsync();

        var versionRows = Page.Locator(".mud-table-body tr");
        await Expect(versionRows).ToHaveCountAsync(2);
        await Expect(versionRows.First).ToContainTextAsync("2");
        var published = (await owner.GetFromJsonAsync<JsonObject>($"/api/definitions/{definitionId}?version=Published", Ct))!;
        Assert.Equal(2, published["version"]!.GetValue<int>());
        var instance = (await owner.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}", Ct))!;
        Assert.Equal(1, instance["instance"]!["definitionVersion"]!.GetValue<int>());
        Assert.Equal("Running", instance["instance"]!["status"]!.GetValue<string>());
        Assert.Contains(instance["bookmarks"]!.AsArray(), b => b!["activityId"]!.GetValue<string>() == "mottak");
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Editor_CaseworkerToken_IsReadOnly_AndTheApiRefusesASave()
    {
        await OpenEditorAsync("p2-tidlig-innsatsteam", "ola.saksbehandler");

        await Expect(Page.GetByText("Unable to make changes as the workflow or application is currently in read-only mode.")).ToBeVisibleAsync();
        var token = await Page.Locator("elsa-workflow-definition-editor").GetAttributeAsync("access-token");
        using var client = new HttpClient { BaseAddress = Host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var definition = await client.GetFromJsonAsync<JsonObject>("/elsa/api/workflow-definitions/by-definition-id/p2-tidlig-innsatsteam?versionOptions=Latest", Ct);
        var save = await client.PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = definition!.DeepClone(), ["publish"] = false }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        Assert.DoesNotContain(definition["links"]!.AsArray(), l => l!["rel"]!.GetValue<string>() == "publish");
        AssertNoConsoleErrors();
    }
}
