using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>The Studio's instance list on our API: a process owner finds a running instance, cancels it and opens it.</summary>
[Collection(DesignerCollection.Name)]
public sealed class InstanceListTests(DesignerHost host) : BrowserTest(host)
{
    [Fact]
    public async Task InstanceList_ShowsARunningInstance_AndBulkCancelCancelsIt()
    {
        var instanceId = await Host.RunCopyOfSeededPathwayAsync(Ct);
        using var owner = await Host.ClientForAsync("kari.prosesseier", Ct);

        await OpenSignedInAsync("/designer/instances", "kari.prosesseier");
        var row = Page.Locator("tr", new() { HasText = instanceId });
        await Expect(row).ToContainTextAsync("Suspended");
        await row.Locator("input[type=checkbox]").CheckAsync();
        await Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Bulk actions" }).ClickAsync();
        await Page.Locator(".mud-popover-open").GetByText("Cancel", new() { Exact = true }).ClickAsync();
        // The confirmation is shown before its button is pressed, so a lost menu click fails here and not as a missing request.
        var confirm = Page.Locator(".mud-dialog button", new() { HasText = "Yes" });
        await Expect(confirm).ToBeVisibleAsync();
        // The Studio's request and our answer, so a failure says whether the click, the request or the list was lost.
        var cancel = await ClickUntilSentAsync(
            confirm, r => r.Request.Method == "POST" && r.Url.Contains("/bulk-actions/cancel/workflow-instances", StringComparison.Ordinal));
        Assert.Equal(200, cancel.Status);
        Assert.Equal(1, (await cancel.JsonAsync())?.GetProperty("cancelled").GetInt32());
        Assert.Contains(instanceId, cancel.Request.PostData, StringComparison.Ordinal);

        await Expect(row).ToContainTextAsync("Cancelled");
        var instance = (await owner.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}", Ct))!;
        Assert.Equal("Cancelled", instance["instance"]!["subStatus"]!.GetValue<string>());

        // The row's menu opens the instance in our viewer page.
        await row.Locator("td").Last.Locator("button").ClickAsync();
        await Page.Locator(".mud-popover-open").GetByText("View", new() { Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, $"/designer/instances/{instanceId}").ToString());
        await Expect(Node("start").Locator(".mud-badge.mud-theme-success")).ToBeVisibleAsync();
        AssertNoConsoleErrors();
    }
}
