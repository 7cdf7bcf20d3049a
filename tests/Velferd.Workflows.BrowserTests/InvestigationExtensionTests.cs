using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Velferd.Workflows.BrowserTests.Hosting;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Testing.Welfare;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>
/// A barnevern caseworker asks for more time on an investigation from the case page «Sak» at 1366×768 (R-16): the
/// host's field errors show next to the fields (no reason, beyond start + 6 months, a deadline already passed), a valid
/// request is shown as awaiting the leader, and the leader sees it in «Oversikt».
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class InvestigationExtensionTests(DesignerHost host) : StudioBrowserTest(host)
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    private const string Reason = "Venter på rapport fra sakkyndig psykolog.";

    [Fact]
    public async Task Caseworker_RequestsAnExtensionOnTheCasePageAfterTheHostsFieldErrors_TheLeaderSeesItInOversikt()
    {
        using var bjorn = await Host.ClientForAsync("bjorn.barnevern", Ct);
        var now = (await bjorn.GetFromJsonAsync<JsonObject>("/api/dev/clock", Ct))!["now"]!.GetValue<DateTimeOffset>();
        var current = await InvestigationAsync(bjorn, now.AddHours(-1), now.AddMinutes(-1));
        var passed = await InvestigationAsync(bjorn, now.AddMonths(-4), now.AddMonths(-4).AddDays(1));

        await SignInAsync("Bjørn Barnevern", "/innboks");
        await WaitForStudioAsync();

        // Its 3-month deadline passed a month ago: R-16 refuses, and says what to do instead.
        await OpenCaseAsync(passed.CaseId);
        await RequestAsync(Shown(OsloToday(now).AddMonths(1)), Reason);
        await Expect(Page.GetByTestId("extension-refused")).ToContainTextAsync("Fristen er allerede utløpt eller avsluttet; skriv et avviksnotat.");

        await OpenCaseAsync(current.CaseId);
        await Expect(Page.GetByTestId("investigation-due")).ToHaveTextAsync(Shown(current.Start.AddMonths(3)));
        await RequestAsync(Shown(current.Start.AddMonths(7)), "");
        var form = Page.GetByTestId("extension-form");
        await Expect(form).ToContainTextAsync("maks 6 måneder fra startdato");
        await Expect(form).ToContainTextAsync("Skriv en begrunnelse for utvidelsen.");
        await CheckPageAsync("sak-undersokelse-forlengelse");
        Assert.Null((await DeadlineAsync(bjorn, current.DeadlineId))["requestedDueAt"]);

        await RequestAsync(Shown(current.Start.AddMonths(5)), Reason);
        await Expect(Page.GetByText("Forlengelse bedt om. Den venter på godkjenning fra leder.")).ToBeVisibleAsync();
        var awaiting = Page.GetByTestId("extension-requested");
        await Expect(awaiting).ToContainTextAsync($"Forlengelse bedt om til {Shown(current.Start.AddMonths(5))}, venter på godkjenning fra leder.");
        await Expect(awaiting).ToContainTextAsync(Reason);
        await Expect(form).ToHaveCountAsync(0);

        await SignInAsync("Berit Barnevernleder", "/innboks");
        await WaitForStudioAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Oversikt" }).ClickAsync();
        var request = Page.Locator($"tr[data-deadline-id='{current.DeadlineId}']");
        await Expect(request).ToContainTextAsync(Reason);
        await Expect(request.GetByRole(AriaRole.Button, new() { Name = "Godkjenn" })).ToBeVisibleAsync();
        AssertNoConsoleErrors();
    }

    private async Task OpenCaseAsync(string caseId)
    {
        await Page.GotoAsync($"/saker/{caseId}");
        await WaitForStudioAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Be om forlengelse" }).ClickAsync();
    }

    private async Task RequestAsync(string newDate, string reason)
    {
        var form = Page.GetByTestId("extension-form");
        await form.GetByLabel("Ny frist (siste dag, dd.mm.åååå)").FillAsync(newDate);
        await form.GetByLabel("Begrunnelse", new() { Exact = true }).FillAsync(reason);
        await form.GetByRole(AriaRole.Button, new() { Name = "Send forespørsel" }).ClickAsync();
    }

    private static DateOnly OsloToday(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Oslo).DateTime);

    private static string Shown(DateOnly day) => day.ToString("dd.MM.yyyy", Norwegian);

    /// <summary>
    /// A school's melding about a new 9-year-old received at <paramref name="receivedAt"/>, reviewed at
    /// <paramref name="decidedAt"/> with an investigation; once the pathway has written its deadline.
    /// </summary>
    private async Task<(string CaseId, string DeadlineId, DateOnly Start)> InvestigationAsync(HttpClient bjorn, DateTimeOffset receivedAt, DateTimeOffset decidedAt)
    {
        var born = OsloToday(receivedAt).AddYears(-9).AddDays(-RandomNumberGenerator.GetInt32(0, 300));
        var registered = await bjorn.PostAsJsonAsync("/api/reports", new
        {
            receivedAt = receivedAt.ToString("O"), channel = "digital",
            reporter = new { category = "offentlig", role = "skole", organisation = "Eksempel skole" },
            children = new[] { new { fnr = IdentityNumbers.Fnr(born, RandomNumberGenerator.GetInt32(1, 800)), birthDate = born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } },
            text = "Eleven har mye fravær og virker redd.",
        }, Ct);
        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync(Ct));
        var report = (await registered.Content.ReadFromJsonAsync<JsonObject>(Ct))!["reports"]![0]!;
        var reviewed = await bjorn.PostAsJsonAsync($"/api/reports/{report["id"]!.GetValue<string>()}/review",
            new { outcome = "undersok", reason = "Bekymringen må undersøkes.", decidedAt = decidedAt.ToString("O") }, Ct);
        Assert.True(reviewed.IsSuccessStatusCode, await reviewed.Content.ReadAsStringAsync(Ct));
        var investigation = (await reviewed.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var deadlineId = investigation["deadlineId"]!.GetValue<string>();
        await BackgroundWork.WaitUntilAsync(Host.Factory, async () =>
        {
            using var written = await bjorn.GetAsync($"/api/deadlines/{deadlineId}", Ct);
            return written.IsSuccessStatusCode;
        });
        return (report["caseId"]!.GetValue<string>(), deadlineId, DateOnly.Parse(investigation["startDate"]!.GetValue<string>(), CultureInfo.InvariantCulture));
    }

    private static async Task<JsonObject> DeadlineAsync(HttpClient client, string deadlineId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/deadlines/{deadlineId}", Ct))!;
}
