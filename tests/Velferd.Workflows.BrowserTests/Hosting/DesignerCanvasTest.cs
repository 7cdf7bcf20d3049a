using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests.Hosting;

/// <summary>
/// A test that builds a pathway in the designer as a process owner does: drops activities from the toolbox, fills
/// their inputs, draws connections, each change waited for until the Studio's auto-save has answered.
/// </summary>
public abstract class DesignerCanvasTest(DesignerHost host) : BrowserTest(host)
{
    /// <summary>
    /// Until its required inputs are filled, each auto-save of a new pathway is refused (the host names the empty inputs
    /// in the Studio's snackbar), and the browser logs each refused request as an error.
    /// </summary>
    protected const string RefusedDraftSave = "Failed to load resource: the server responded with a status of 400 (Bad Request)";

    /// <summary>
    /// Does something that makes the Studio auto-save and answers the save's response (refused while required inputs
    /// are empty); the Studio's messages about it are closed so they do not cover the canvas. With
    /// <paramref name="carrying"/>, the save whose request holds that text: a save of an earlier change that is still on
    /// its way is not taken for it.
    /// </summary>
    protected async Task<IResponse> AutoSavedAsync(Func<Task> action, string? carrying = null)
    {
        var response = await Page.RunAndWaitForResponseAsync(
            action,
            r => r.Request.Method == "POST" && r.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal)
                && (carrying is null || r.Request.PostData?.Contains(carrying, StringComparison.Ordinal) == true));
        // Closed by script: a message may go by itself between finding and clicking it.
        await Page.EvaluateAsync("() => document.querySelectorAll('.mud-snackbar .mud-snackbar-close-button').forEach(b => b.click())");
        await Expect(Page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
        return response;
    }

    /// <summary>Selects an activity on the canvas, which shows its inputs in the panel below.</summary>
    protected Task SelectAsync(string activityId) => Node(activityId).Locator(".elsa-activity").ClickAsync(new() { Force = true });

    /// <summary>
    /// Fills an input of an activity in the inputs panel and waits for the auto-save that carries it.
    /// </summary>
    protected async Task SetInputAsync(string activityId, string label, string value, bool pressEnter = false)
    {
        await SelectAsync(activityId);
        var input = Page.Locator(".mud-input-control", new() { HasText = label }).Locator("input").First;
        await AutoSavedAsync(async () =>
        {
            await input.FillAsync(value);
            if (pressEnter)
            {
                await input.PressAsync("Enter");
            }

            await input.PressAsync("Tab");
        });
    }

    /// <summary>
    /// Drags an activity from the toolbox onto the canvas (at a point of its box) and answers the new node's id.
    /// </summary>
    protected async Task<string> DropAsync(string category, string activity, double x, double y)
    {
        var before = await NodeIdsAsync();
        var toolbox = Page.GetByLabel("Activities");
        var item = toolbox.GetByText(activity, new() { Exact = true });
        if (!await item.IsVisibleAsync())
        {
            await toolbox.GetByText(category, new() { Exact = true }).ClickAsync();
        }

        await AutoSavedAsync(() => item.DragToAsync(
            Page.Locator(".x6-graph").First, new() { TargetPosition = new() { X = (float)x, Y = (float)y } }));
        await Expect(Nodes).ToHaveCountAsync(before.Length + 1);
        return Assert.Single((await NodeIdsAsync()).Except(before));
    }

    /// <summary>The ids of the activities on the canvas.</summary>
    protected Task<string[]> NodeIdsAsync() => Nodes.EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.getAttribute('data-cell-id'))");

    /// <summary>
    /// Clicks a blank spot of the canvas until no activity is selected: a selected activity's frame lies over its ports
    /// and takes their clicks, and a click that comes while the Studio is still drawing a change may leave it selected.
    /// </summary>
    protected async Task DeselectAsync((float X, float Y) blank)
    {
        var selected = Page.Locator(".x6-widget-selection-box");
        for (var attempt = 1; ; attempt++)
        {
            await Page.Mouse.ClickAsync(blank.X, blank.Y);
            try
            {
                await Expect(selected).ToHaveCountAsync(0, new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 5)
            {
            }
        }
    }

    /// <summary>
    /// Draws a connection port to port, after a click on a blank spot (a selected activity's frame would take the
    /// drag).
    /// </summary>
    protected async Task ConnectAsync(string from, string port, string to, (float X, float Y) blank)
    {
        var edges = await Edges.CountAsync();
        await DeselectAsync(blank);
        var source = (await Node(from).Locator($"g.x6-port-body[port=\"{port}\"]").BoundingBoxAsync())!;
        var target = (await Node(to).Locator("g.x6-port-body[port=\"In\"]").BoundingBoxAsync())!;

        // Waited for like every other change: a change made while the connection's save is on its way may not get a
        // save of its own from the Studio (a «Trigger workflow» untick right after a connection was lost that way).
        await AutoSavedAsync(async () =>
        {
            await Page.Mouse.MoveAsync(source.X + (source.Width / 2), source.Y + (source.Height / 2));
            await Page.Mouse.DownAsync();
            await Page.Mouse.MoveAsync(target.X + (target.Width / 2), target.Y + (target.Height / 2), new() { Steps = 20 });
            await Page.Mouse.UpAsync();
        });
        await Expect(Edges).ToHaveCountAsync(edges + 1);
    }
}
