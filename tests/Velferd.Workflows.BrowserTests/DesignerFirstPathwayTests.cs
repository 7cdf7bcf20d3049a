using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Velferd.Workflows.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>
/// A new process owner's first pathway on a laptop screen (1366×768): created from the list, given an input, built
/// from the toolbox (Start → user task → decision → End), published, and tried with «Prøvekjør» with a case id: the
/// instance opens, and its task is in the process owner's own inbox marked as a test, in no team's list.
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class DesignerFirstPathwayTests(DesignerHost host) : DesignerCanvasTest(host)
{
    private const string Team = "tit-sentrum";

    /// <inheritdoc />
    protected override ViewportSize Viewport => new() { Width = 1366, Height = 768 };

    [Fact]
    public async Task ProcessOwner_BuildsPublishesAndTestRunsANewPathway_AndTheTestTaskIsInNoTeamsList()
    {
        using var owner = await Host.ClientForAsync("kari.prosesseier", Ct);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await OpenSignedInAsync("/designer/definitions", "kari.prosesseier");

        var definitionId = await CreatePathwayFromListAsync($"Første forløp {suffix}");

        // The pathway's input, which «Prøvekjør» will ask for.
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Input/output" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add input" }).ClickAsync();
        var inputDialog = Page.Locator(".mud-dialog");
        // The Studio puts its default name («Input1») into the dialog once it has loaded, over what was typed before.
        var inputName = inputDialog.Locator(".mud-input-control", new() { HasText = "Name" }).First.Locator("input");
        await FillUntilHeldAsync(inputName, "saksId");
        await FillUntilHeldAsync(inputDialog.Locator(".mud-input-control", new() { HasText = "Display name" }).Locator("input"), "Saks-id");
        await FillUntilHeldAsync(inputName, "saksId");
        var withInput = await AutoSavedAsync(() => inputDialog.GetByRole(AriaRole.Button, new() { Name = "OK" }).ClickAsync());
        Assert.Contains("\"name\":\"saksId\"", withInput.Request.PostData, StringComparison.Ordinal);

        // Two rows inside the part of the canvas above the inputs panel.
        var canvas = (await Page.Locator(".x6-graph").First.BoundingBoxAsync())!;
        var canvasPane = (await Page.Locator(".rz-splitter-vertical > .rz-splitter-pane").First.BoundingBoxAsync())!;
        var visibleHeight = Math.Min(canvas.Y + canvas.Height, canvasPane.Y + canvasPane.Height) - canvas.Y;
        var firstRow = visibleHeight * 0.25;
        var blank = (X: canvas.X + 20, Y: canvas.Y + visibleHeight - 20);
        var start = await DropAsync("Flyt", "Start", canvas.Width * 0.15, firstRow);
        var task = await DropAsync("Oppgaver", "Brukeroppgave", canvas.Width * 0.6, firstRow);
        var decision = await DropAsync("Flyt", "Beslutning", canvas.Width * 0.15, firstRow + 130);
        var end = await DropAsync("Flyt", "Slutt", canvas.Width * 0.6, firstRow + 130);
        await SaveScreenshotAsync("forste-forlop-aktiviteter");

        // The task's title and the decision's condition are required (the host refuses every save until they are
        // filled); the task's «Utfall» become its ports, and its team is where a real run would put it.
        await SetInputAsync(task, "Tittel", "Vurder prøvesaken");
        await SetInputAsync(task, "Utfall", "Ferdig", pressEnter: true);
        await SetInputAsync(task, "Team", Team);
        await SelectAsync(decision);
        var saved = await AutoSavedAsync(() => Page.Locator(".mud-input-control", new() { HasText = "Betingelse" }).Locator("input").First.CheckAsync());
        Assert.Equal(200, saved.Status);

        await ConnectAsync(start, "Done", task, blank);
        await ConnectAsync(task, "Ferdig", decision, blank);
        await ConnectAsync(decision, "True", end, blank);
        await ConnectAsync(decision, "False", end, blank);
        await SaveScreenshotAsync("forste-forlop-bygget");

        await Page.RunAndWaitForResponseAsync(
            () => ToolbarButtons.Nth(5).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal)
                 && r.Request.PostData!.Contains("\"publish\":true", StringComparison.Ordinal) && r.Status == 200);
        var published = (await owner.GetFromJsonAsync<JsonObject>($"/api/definitions/{definitionId}?version=Published", Ct))!;
        Assert.Equal(4, published["root"]!["activities"]!.AsArray().Count);
        Assert.Equal(4, published["root"]!["connections"]!.AsArray().Count);

        await ToolbarButtons.Last.ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog, new() { Name = "Prøvekjør forløpet" });
        await Expect(dialog).ToContainTextAsync("testkjøring");
        await dialog.GetByLabel("Saks-id").FillAsync($"sak-prove-{suffix}");
        await SaveScreenshotAsync("forste-forlop-provekjor");
        var instanceId = await StartRunAsync(dialog);
        await Expect(Node(start).Locator(".mud-badge.mud-theme-success")).ToBeVisibleAsync();
        await Expect(Node(task).Locator(".mud-badge.mud-theme-warning")).ToBeVisibleAsync();
        await SaveScreenshotAsync("forste-forlop-instans");

        var instance = (await owner.GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-instances/{instanceId}", Ct))!;
        Assert.Equal($"sak-prove-{suffix}", instance["workflowState"]!["input"]!["saksId"]!.GetValue<string>());
        var mine = (await owner.GetFromJsonAsync<JsonObject>("/api/tasks/mine", Ct))!["items"]!.AsArray();
        var testTask = Assert.Single(mine, t => t!["workflowInstanceId"]!.GetValue<string>() == instanceId)!;
        Assert.True(testTask["isTest"]!.GetValue<bool>());
        await AssertInNoTeamListAsync(instanceId);
        AssertNoConsoleErrors(RefusedDraftSave);
    }

    // The team the task names: neither its caseworker's unclaimed list, nor the supervisor's list of the team, nor
    // its overdue list has the test run's task.
    private async Task AssertInNoTeamListAsync(string instanceId)
    {
        using var caseworker = await Host.ClientForAsync("ola.saksbehandler", Ct);
        using var supervisor = await Host.ClientForAsync("lise.leder", Ct);
        var lists = new[]
        {
            await caseworker.GetFromJsonAsync<JsonObject>("/api/tasks/unclaimed", Ct),
            await supervisor.GetFromJsonAsync<JsonObject>($"/api/tasks/team/{Team}", Ct),
            await supervisor.GetFromJsonAsync<JsonObject>($"/api/tasks/overdue?team={Team}", Ct),
        };
        foreach (var list in lists)
        {
            Assert.DoesNotContain(list!["items"]!.AsArray(), t => t!["workflowInstanceId"]!.GetValue<string>() == instanceId);
        }
    }
}
