using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Velferd.Workflows.BrowserTests.Hosting;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Testing.Welfare;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>
/// «Oversikt» for a leader at 1366×768 and the deadlines behind it: she approves a caseworker's extension request and the
/// caseworker's task is due later in his inbox; a request whose deadline passed first is refused with the rule's
/// reason; the deadline KPIs over time include P6 (nobody 18 without a decision).
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class OverviewDeadlineTests(DesignerHost host) : StudioBrowserTest(host)
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    private const string Reason = "Familien er bortreist, samtalen er avtalt til torsdag.";

    [Fact]
    public async Task Supervisor_ApprovesAnExtension_TheCaseworkersTaskIsDueLater_AndARequestWhoseDeadlinePassedIsRefusedWithTheReason()
    {
        using var admin = await Host.ClientForAsync("admin", Ct);
        using var ola = await Host.ClientForAsync("ola.saksbehandler", Ct);
        var before = await NowAsync(admin);
        var (approvedCase, approved) = await ContactTaskAsync(ola, before);
        var (refusedCase, refused) = await ContactTaskAsync(ola, before);
        foreach (var deadlineId in new[] { approved, refused })
        {
            var request = await ola.PostAsJsonAsync($"/api/deadlines/{deadlineId}/extension", new { extendBy = "P3D", reason = Reason }, Ct);
            Assert.True(request.IsSuccessStatusCode, await request.Content.ReadAsStringAsync(Ct));
        }

        var dueBefore = (await DeadlineAsync(ola, approved))["dueAt"]!.GetValue<DateTimeOffset>();
        await SignInAsync("Ola Saksbehandler", "/innboks");
        await WaitForStudioAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ledige i teamene mine" }).ClickAsync();
        var approvedDue = DueChip(approvedCase);
        var refusedDue = DueChip(refusedCase);
        await Expect(approvedDue).ToBeVisibleAsync();
        var refusedDueText = await refusedDue.GetAttributeAsync("title");
        await Expect(approvedDue).Not.ToHaveAttributeAsync("title", Shown(dueBefore.AddDays(3)));

        await SignInAsync("Lise Leder", "/innboks");
        await WaitForStudioAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Oversikt" }).ClickAsync();
        var toApprove = Page.Locator($"tr[data-deadline-id='{approved}']");
        await Expect(toApprove).ToContainTextAsync(Reason);
        await CheckPageAsync("oversikt-forlengelser");
        await toApprove.GetByRole(AriaRole.Button, new() { Name = "Godkjenn" }).ClickAsync();

        await Expect(Page.GetByText("Forlengelsen er godkjent.")).ToBeVisibleAsync();
        await Expect(toApprove).ToHaveCountAsync(0);
        var moved = await DeadlineAsync(ola, approved);
        Assert.Equal(
            (dueBefore.AddDays(3), 1, "lise.leder"),
            (moved["dueAt"]!.GetValue<DateTimeOffset>(), moved["extensionCount"]!.GetValue<int>(), moved["extensionApprovedBy"]!.GetValue<string>()));

        await SignInAsync("Ola Saksbehandler", "/innboks");
        await WaitForStudioAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ledige i teamene mine" }).ClickAsync();
        await Expect(approvedDue).ToHaveAttributeAsync("title", Shown(dueBefore.AddDays(3)));
        await Expect(refusedDue).ToHaveAttributeAsync("title", refusedDueText!);

        // A day later the other request's deadline has passed: R-16 refuses the approval, and says why.
        (await admin.PostAsJsonAsync("/api/dev/clock", new { advance = "P1D" }, Ct)).EnsureSuccessStatusCode();
        try
        {
            await BackgroundWork.WaitUntilAsync(Host.Factory, async () => (await DeadlineAsync(ola, refused))["status"]!.GetValue<string>() == "Overdue");
            await SignInAsync("Lise Leder", "/innboks");
            await WaitForStudioAsync();
            await Page.GetByRole(AriaRole.Link, new() { Name = "Oversikt" }).ClickAsync();
            await Page.Locator($"tr[data-deadline-id='{refused}']").GetByRole(AriaRole.Button, new() { Name = "Godkjenn" }).ClickAsync();

            await Expect(Page.GetByText("Fristen er allerede utløpt eller avsluttet; skriv et avviksnotat.", new() { Exact = false })).ToBeVisibleAsync();
            var unchanged = await DeadlineAsync(ola, refused);
            Assert.Equal((0, "Overdue"), (unchanged["extensionCount"]!.GetValue<int>(), unchanged["status"]!.GetValue<string>()));
            AssertNoConsoleErrors();
        }
        finally
        {
            // The host is shared by the collection: later tests must not start a day ahead.
            (await admin.PostAsJsonAsync("/api/dev/clock", new { now = before.ToString("O") }, Ct)).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Supervisor_SeesP6InTheDeadlineKpisOverTime_AYoungPersonWhoTurned18WithoutADecision()
    {
        using var admin = await Host.ClientForAsync("admin", Ct);
        using var bjorn = await Host.ClientForAsync("bjorn.barnevern", Ct);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(await NowAsync(admin), Oslo).DateTime);
        var born = today.AddYears(-18);
        var created = await bjorn.PostAsJsonAsync("/api/cases", new
        {
            kind = "Barnevern", team = "bv-vest", question = "Overgang til voksen",
            child = new { fnr = IdentityNumbers.Fnr(born, 7), birthDate = born.ToString("yyyy-MM-dd") },
        }, Ct);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(Ct));
        var caseId = (await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
        await BackgroundWork.WaitUntilSettledAsync(Host.Factory);
        var measure = await bjorn.PostAsJsonAsync($"/api/cases/{caseId}/measures", new { kind = "hjelpetiltak", startDate = born.AddYears(17).ToString("yyyy-MM-dd") }, Ct);
        Assert.True(measure.IsSuccessStatusCode, await measure.Content.ReadAsStringAsync(Ct));

        await SignInAsync("Lise Leder", "/innboks");
        await WaitForStudioAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Oversikt" }).ClickAsync();

        var p6 = Page.GetByTestId("kpi-trend-P6");
        await Expect(p6.Locator("thead th")).ToHaveCountAsync(9);
        await Expect(p6.Locator("tr[data-kpi='eighteenWithoutDecision'] td").Last).ToHaveTextAsync("1 av 1");
        await Expect(p6.Locator("tr[data-kpi='notDecidedBy17Years6Months'] td")).ToHaveCountAsync(8);
        await Expect(Page.GetByText("P6: unge med tiltak uten beslutning", new() { Exact = false }).First).ToBeVisibleAsync();
        await CheckPageAsync("oversikt-nokkeltall");
        AssertNoConsoleErrors();
    }

    /// <summary>The due chip of the inbox row of <paramref name="caseId"/>'s task; its tooltip is the exact due time.</summary>
    private ILocator DueChip(string caseId) => Page.Locator("tr", new() { HasText = caseId }).Locator("[data-due-state]");

    /// <summary>A due time as the inbox's tooltip shows it: Oslo date and time.</summary>
    private static string Shown(DateTimeOffset due) =>
        TimeZoneInfo.ConvertTime(due, Oslo).ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.GetCultureInfo("nb-NO"));

    private static async Task<DateTimeOffset> NowAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonObject>("/api/dev/clock", Ct))!["now"]!.GetValue<DateTimeOffset>();

    /// <summary>
    /// Starts P1 for a new case registered today, so its first task is «contact the enquirer the same day» for the
    /// caseworker's team with a local deadline; the case id and that deadline's id.
    /// </summary>
    private async Task<(string CaseId, string DeadlineId)> ContactTaskAsync(HttpClient ola, DateTimeOffset now)
    {
        var caseId = $"sak-{Guid.NewGuid():N}"[..16];
        var today = TimeZoneInfo.ConvertTime(now, Oslo).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var started = await ola.PostAsJsonAsync("/api/instances", new { definitionId = "p1-en-dor-inn", input = new { saksId = caseId, registrertDato = today } }, Ct);
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync(Ct));
        var instanceId = (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
        string? deadlineId = null;
        await BackgroundWork.WaitUntilAsync(Host.Factory, async () =>
        {
            var deadlines = (await ola.GetFromJsonAsync<JsonObject>($"/api/deadlines?instanceId={instanceId}", Ct))!["items"]!.AsArray();
            deadlineId = deadlines.FirstOrDefault(d => d!["name"]!.GetValue<string>() == "kontakt")?["id"]!.GetValue<string>();
            return deadlineId is not null;
        });
        return (caseId, deadlineId!);
    }

    private static async Task<JsonObject> DeadlineAsync(HttpClient client, string deadlineId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/deadlines/{deadlineId}", Ct))!;
}
