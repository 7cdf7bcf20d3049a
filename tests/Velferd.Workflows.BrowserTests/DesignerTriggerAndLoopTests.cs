using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Velferd.Workflows.BrowserTests.Hosting;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.TimerTriggers;
using Velferd.Workflows.Testing.Host;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>
/// Elsa's timer trigger and loop as a process owner who knows Elsa builds them in the real Elsa Studio designer
/// (issue 18): an <c>Elsa.Cron</c> dropped as the start with «Trigger workflow» ticked starts the published pathway on
/// its schedule, and an <c>Elsa.ForEach</c> with an activity drawn in its body (the Studio's embedded designer) runs
/// the body once per item.
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class DesignerTriggerAndLoopTests(DesignerHost host) : DesignerCanvasTest(host)
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    [Fact]
    public async Task CronTrigger_DroppedTickedAndPublished_StartsThePathwayWhenTheClockReachesItsTime()
    {
        using var owner = await Host.ClientForAsync("kari.prosesseier", Ct);
        var before = (await owner.GetFromJsonAsync<JsonObject>("/api/dev/clock", Ct))!["now"]!.GetValue<DateTimeOffset>();
        // Every day at a time two hours ahead of the host's clock (Oslo time): the real clock does not get there while
        // the test runs, the moved one does.
        var at = TimeZoneInfo.ConvertTime(before.AddHours(2), Oslo);
        var schedule = $"{at.Minute} {at.Hour} * * *";
        var name = $"Tidsplan {Guid.NewGuid().ToString("N")[..8]}";
        await OpenSignedInAsync("/designer/definitions", "kari.prosesseier");
        var definitionId = await CreatePathwayFromListAsync(name);

        var (canvas, row, blank) = await CanvasAsync();
        var cron = await DropAsync("Frister", "Cron-tidsplan", canvas.Width * 0.15, row);
        var line = await DropAsync("Primitiver", "Skriv linje", canvas.Width * 0.55, row);
        await SetInputAsync(cron, "Cron-uttrykk", schedule);
        await SetInputAsync(line, "Tekst", "Startet av tidsplanen");
        await ConnectAsync(cron, "Done", line, blank);

        // «Trigger workflow» is the Studio's own checkbox on the activity's «Common» tab, shown for an activity of kind
        // Trigger and already ticked when one is dropped; it writes customProperties.canStartWorkflow.
        await SelectAsync(cron);
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Common" }).ClickAsync();
        var startsTheWorkflow = Page.GetByLabel("Trigger workflow", new() { Exact = true });
        await Expect(startsTheWorkflow).ToBeCheckedAsync();
        // Each waits for the save that carries the box's new state (one of an earlier change may still be on its way).
        var unticked = await AutoSavedAsync(() => startsTheWorkflow.UncheckAsync(), "\"canStartWorkflow\":false");
        Assert.Equal(200, unticked.Status);
        var ticked = await AutoSavedAsync(() => startsTheWorkflow.CheckAsync(), "\"canStartWorkflow\":true");
        Assert.Equal(200, ticked.Status);
        await SaveScreenshotAsync("cron-trigger-ticked");
        await PublishAsync();

        var trigger = Assert.Single(await TriggersOfAsync(definitionId));
        var firstAt = new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, at.Offset);
        Assert.Equal(firstAt, trigger.NextFireAt);
        Assert.Empty(await InstancesOfAsync(owner, definitionId));
        try
        {
            var moved = await owner.PostAsJsonAsync("/api/dev/clock", new { now = firstAt.AddMinutes(1).ToString("O") }, Ct);
            moved.EnsureSuccessStatusCode();
            await BackgroundWork.WaitUntilIdleAsync(Host.Factory);

            var started = Assert.Single(await InstancesOfAsync(owner, definitionId))!;
            Assert.Equal("Finished", started["subStatus"]!.GetValue<string>());
            var instanceId = started["id"]!.GetValue<string>();
            var lines = (await BackgroundWork.LogAsync(Host.Factory, instanceId)).Where(r => r.ActivityType == "Elsa.WriteLine").Select(r => r.Message);
            Assert.Equal(["Startet av tidsplanen"], lines);
            Assert.Equal(firstAt.AddDays(1), Assert.Single(await TriggersOfAsync(definitionId)).NextFireAt);

            // The process owner sees the instance the schedule started in the designer's instance list.
            await Page.GotoAsync("/designer/instances");
            var listed = Page.Locator("elsa-workflow-instance-list tr", new() { HasText = instanceId });
            await Expect(listed).ToContainTextAsync(name);
            await Expect(listed).ToContainTextAsync("Finished");
            await SaveScreenshotAsync("cron-trigger-started");
        }
        finally
        {
            // The host is shared by the collection: no more starts, and later tests start at the time they expect.
            (await owner.PostAsync($"/elsa/api/workflow-definitions/{definitionId}/retract", JsonContent.Create(new JsonObject()), Ct)).EnsureSuccessStatusCode();
            (await owner.PostAsJsonAsync("/api/dev/clock", new { now = before.ToString("O") }, Ct)).EnsureSuccessStatusCode();
        }

        AssertNoConsoleErrors(RefusedDraftSave);
    }

    [Fact]
    public async Task ForEach_WithAnActivityDrawnInItsBody_RunsTheBodyOncePerItem()
    {
        using var owner = await Host.ClientForAsync("kari.prosesseier", Ct);
        await OpenSignedInAsync("/designer/definitions", "kari.prosesseier");
        var definitionId = await CreatePathwayFromListAsync($"Løkke {Guid.NewGuid().ToString("N")[..8]}");

        var (canvas, row, blank) = await CanvasAsync();
        var start = await DropAsync("Flyt", "Start", canvas.Width * 0.15, row);
        var loop = await DropAsync("Løkker", "For hvert element", canvas.Width * 0.5, row);
        await SetInputAsync(loop, "Elementer", """["eple", "pære", "plomme"]""");
        await ConnectAsync(start, "Done", loop, blank);

        // The loop's «Innhold» opens its body in the Studio's embedded designer: an empty flowchart of its own.
        await DeselectAsync(blank);
        await Node(loop).Locator(".embedded-port[data-port-name=Body]").ClickAsync();
        // Studio 3.8.2 asks how the body's activities are arranged; the engine runs a flowchart (its default).
        var arrange = Page.Locator(".mud-dialog", new() { HasText = "Create Innhold branch" });
        await Expect(arrange.GetByText("Flowchart", new() { Exact = true })).ToBeVisibleAsync();
        await arrange.GetByRole(AriaRole.Button, new() { Name = "OK" }).ClickAsync();
        var path = Page.Locator(".mud-breadcrumbs");
        await Expect(path).ToContainTextAsync(": Innhold");
        await Expect(Nodes).ToHaveCountAsync(0);
        var line = await DropAsync("Primitiver", "Skriv linje", canvas.Width * 0.3, row);
        await SetInputAsync(line, "Tekst", "En runde");
        await SaveScreenshotAsync("for-each-body");

        // Back to the pathway: the loop now holds its body. Studio 3.8.2 now and then draws the root canvas empty after
        // leaving a body (seen once in CI under load; the saved definition is whole, as the run below shows): a process
        // owner opens the pathway again, and so does the test.
        await path.GetByText("Root", new() { Exact = true }).ClickAsync();
        try
        {
            await Expect(Node(loop)).ToBeVisibleAsync(new() { Timeout = 15_000 });
        }
        catch (PlaywrightException)
        {
            await Page.GotoAsync($"/designer/definitions/{definitionId}");
            await Expect(Node(loop)).ToBeVisibleAsync();
        }

        await Expect(Node(loop).Locator(".embedded-port-occupied")).ToBeVisibleAsync();
        await PublishAsync();

        await ToolbarButtons.Last.ClickAsync();
        var instanceId = await StartRunAsync(Page.GetByRole(AriaRole.Dialog, new() { Name = "Prøvekjør forløpet" }));
        await BackgroundWork.WaitUntilIdleAsync(Host.Factory);
        var instance = (await owner.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}", Ct))!;
        Assert.Equal("Finished", instance["instance"]!["subStatus"]!.GetValue<string>());
        var log = await BackgroundWork.LogAsync(Host.Factory, instanceId);
        Assert.Equal(3, log.Count(r => r.ActivityId == line && r.Status == ActivityExecutionStatus.Completed));

        // The instance viewer shows the loop done, and inside its body the drawn activity completed three times.
        await Expect(Node(loop).Locator(".mud-badge.mud-theme-success")).ToBeVisibleAsync();
        await Node(loop).Locator(".embedded-port-occupied").ClickAsync();
        await Expect(Page.Locator(".mud-breadcrumbs")).ToContainTextAsync(": Innhold");
        await Expect(Node(line).Locator(".mud-badge.mud-theme-success")).ToHaveTextAsync("3");
        await SaveScreenshotAsync("for-each-ran");
        AssertNoConsoleErrors(RefusedDraftSave);
    }

    // The canvas's box, a row for the activities inside the part the user sees (above the inputs panel), and a blank
    // spot to click before drawing a connection.
    private async Task<(LocatorBoundingBoxResult Canvas, double Row, (float X, float Y) Blank)> CanvasAsync()
    {
        var canvas = (await Page.Locator(".x6-graph").First.BoundingBoxAsync())!;
        var canvasPane = (await Page.Locator(".rz-splitter-vertical > .rz-splitter-pane").First.BoundingBoxAsync())!;
        var visibleHeight = Math.Min(canvas.Y + canvas.Height, canvasPane.Y + canvasPane.Height) - canvas.Y;
        return (canvas, visibleHeight * 0.3, (canvas.X + 20, canvas.Y + visibleHeight - 20));
    }

    private Task PublishAsync() => Page.RunAndWaitForResponseAsync(
        () => ToolbarButtons.Nth(5).ClickAsync(),
        r => r.Request.Method == "POST" && r.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal)
             && r.Request.PostData!.Contains("\"publish\":true", StringComparison.Ordinal) && r.Status == 200);

    private async Task<IReadOnlyList<TimerTrigger>> TriggersOfAsync(string definitionId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ITimerTriggerStore>().ListDueAsync(DateTimeOffset.MaxValue, 10_000, Ct);
        return [.. rows.Where(t => t.DefinitionId == definitionId)];
    }

    private static async Task<JsonArray> InstancesOfAsync(HttpClient owner, string definitionId) =>
        (await owner.GetFromJsonAsync<JsonObject>($"/api/instances?definitionId={definitionId}", Ct))!["items"]!.AsArray();
}
