using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Velferd.Workflows.BrowserTests.Hosting;
using Velferd.Workflows.Host.RemoteServices;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Host;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>
/// «Oversikt» for an administrator at 1366×768: SvarUt was down, so two shipments became incidents; the administrator
/// sends one again once SvarUt is back, and closes the other by hand, which needs a note.
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class OverviewAdminTests(DesignerHost host) : StudioBrowserTest(host)
{
    [Fact]
    public async Task Admin_SendsOneFailedCallAgain_AndClosesTheOtherWithANote()
    {
        var simulator = Host.Services.GetRequiredService<LocalSimulator>().State;
        using var admin = await Host.ClientForAsync("admin", Ct);
        simulator.AddFault(new FaultRule { Service = "svarut", Kind = FaultKind.Down });
        string retried, resolved;
        try
        {
            retried = await SvarUtShipments.StartAsync(Host.Factory, Ct);
            resolved = await SvarUtShipments.StartAsync(Host.Factory, Ct);
            await BackgroundWork.WaitUntilAsync(Host.Factory, async () =>
                (await IncidentInstancesAsync(admin)).IsSupersetOf([retried, resolved]));
        }
        finally
        {
            simulator.ClearFaults();
        }

        await SignInAsync("Administrator", "/innboks");
        await WaitForStudioAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Oversikt" }).ClickAsync();
        var incidents = Page.GetByTestId("incidents");
        var toResolve = incidents.Locator("tr", new() { HasText = resolved });
        await Expect(toResolve).ToContainTextAsync("SvarUt / SendForsendelse");

        await toResolve.GetByRole(AriaRole.Button, new() { Name = "Lukk som løst" }).ClickAsync();
        await Expect(toResolve).ToContainTextAsync("Skriv hvordan hendelsen ble løst");
        await CheckPageAsync("oversikt-hendelser");
        await toResolve.GetByLabel("Hvordan ble det løst?").FillAsync("Sendt på papir manuelt.");
        await toResolve.GetByRole(AriaRole.Button, new() { Name = "Lukk som løst" }).ClickAsync();
        await Expect(Page.GetByText("Hendelsen er lukket.")).ToBeVisibleAsync();
        await Expect(toResolve).ToHaveCountAsync(0);

        await incidents.Locator("tr", new() { HasText = retried }).GetByRole(AriaRole.Button, new() { Name = "Send på nytt" }).ClickAsync();
        await Expect(Page.GetByText("Kallet sendes på nytt.")).ToBeVisibleAsync();
        await BackgroundWork.WaitUntilAsync(Host.Factory, async () => await SubStatusAsync(admin, retried) == "Finished");
        Assert.Equal("Finished", await SubStatusAsync(admin, resolved));
        Assert.False((await IncidentInstancesAsync(admin)).Overlaps([retried, resolved]));
        Assert.Contains(simulator.Effects(), e => e.Service == "svarut");
        AssertNoConsoleErrors();
    }

    private static async Task<string> SubStatusAsync(HttpClient admin, string instanceId) =>
        (await admin.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}", Ct))!["instance"]!["subStatus"]!.GetValue<string>();

    private static async Task<HashSet<string>> IncidentInstancesAsync(HttpClient admin) =>
        [.. (await admin.GetFromJsonAsync<JsonArray>("/api/outbox/incidents", Ct))!.Select(i => i!["workflowInstanceId"]!.GetValue<string>())];
}
