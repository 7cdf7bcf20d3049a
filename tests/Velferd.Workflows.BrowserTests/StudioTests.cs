using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Velferd.Workflows.BrowserTests.Hosting;
using Velferd.Workflows.Simulator;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>
/// The studio in chromium at 1366×768: a caseworker works a task from the inbox to completion, a supervisor finds an
/// overdue task in «Oversikt», reassigns it and exports the list. Every page is screenshotted and checked by axe-core.
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class StudioTests(DesignerHost host) : StudioBrowserTest(host)
{
    private const string ObservationsLabel = "Hva er observert, og hvor lenge? (må fylles ut)";

    [Fact]
    public async Task Caseworker_ClaimsATask_SeesItsCaseBesideIt_AndTheMissingFieldsError_ThenCompletesIt_AndTheCasesTimelineShowsTheStep()
    {
        var caseId = await StartConcernAsync(await WelfareCases.CaseWithConsentAsync(Host, Ct));

        await SignInAsync("Ola Saksbehandler", "/innboks");
        await WaitForStudioAsync();
        await CheckPageAsync("innboks-mine");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ledige i teamene mine" }).ClickAsync();
        var row = Page.Locator("tr", new() { HasText = caseId });
        await Expect(row).ToBeVisibleAsync();
        await CheckPageAsync("innboks-ledige");
        await row.GetByRole(AriaRole.Button, new() { Name = "Ta oppgaven" }).ClickAsync();
        await Expect(Page.GetByText("Du har tatt oppgaven.")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mine oppgaver" }).ClickAsync();
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/oppgaver/"));
        var beside = Page.GetByTestId("task-case");
        await Expect(beside).ToContainTextAsync("Kari Testbarn");
        await Expect(beside.GetByTestId("task-case-consent")).ToHaveTextAsync("GYLDIG");
        await Expect(beside.GetByRole(AriaRole.Link, new() { Name = "Åpne saken" })).ToHaveAttributeAsync("href", $"/saker/{caseId}");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Ja", Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Til beslutning" }).ClickAsync();

        await Expect(Page.GetByText("«Hva er observert, og hvor lenge?» må fylles ut.")).ToBeVisibleAsync();
        await CheckPageAsync("oppgave-feltfeil");

        await Page.GetByLabel(ObservationsLabel).FillAsync("Barnet har vært mye borte fra skolen siden august.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Til beslutning" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, "/innboks").ToString());
        await Expect(Page.GetByText("Oppgaven er fullført.")).ToBeVisibleAsync();
        using var ola = await Host.ClientForAsync("ola.saksbehandler", Ct);
        var completed = (await ola.GetFromJsonAsync<JsonObject>($"/api/tasks/mine?caseId={caseId}&status=Completed", Ct))!["items"]!.AsArray();
        var task = Assert.Single(completed)!;
        Assert.Equal("Til beslutning", task["outcome"]!.GetValue<string>());
        Assert.Equal("Barnet har vært mye borte fra skolen siden august.", task["form"]!["observasjoner"]!.GetValue<string>());
        Assert.True(task["form"]!["familienInformert"]!.GetValue<bool>());

        await Page.GotoAsync($"/saker/{caseId}");
        var step = Page.GetByTestId("case-timeline").Locator("tr", new() { HasText = "oppgave-fullført" });
        await Expect(step).ToContainTextAsync("Til beslutning");
        await Expect(step).ToContainTextAsync("ola.saksbehandler");
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Coordinator_OpensACase_SeesTheChildConsentPerServiceHolderAndTimeline()
    {
        var caseId = await WelfareCases.CaseWithConsentAsync(Host, Ct);

        await SignInAsync("Tone Koordinator", "/innboks");
        await WaitForStudioAsync();
        await Page.GotoAsync($"/saker/{caseId}");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Sak: Kari Testbarn" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("case-child")).ToContainTextAsync(TestPersons.Child);
        await Expect(Page.GetByTestId("case-holder")).ToHaveTextAsync("tone.koordinator");
        await Expect(Page.GetByTestId("case-consent")).ToHaveTextAsync("GYLDIG");
        await Expect(Page.GetByTestId("case-consent-services").Locator("tr", new() { HasText = "ppt" })).ToContainTextAsync("GYLDIG");
        await Expect(Page.GetByTestId("case-timeline")).ToContainTextAsync("samtykke-registrert");
        await CheckPageAsync("sak");
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Supervisor_SeesAnOverdueTaskInOversikt_ReassignsIt_AndTheCsvExportParses()
    {
        var caseId = await StartConcernAsync();
        using var admin = await Host.ClientForAsync("admin", Ct);
        var before = (await admin.GetFromJsonAsync<JsonObject>("/api/dev/clock", Ct))!["now"]!.GetValue<DateTimeOffset>();
        await MoveClockPastTheDueDateAsync();
        try
        {
            await SignInAsync("Lise Leder", "/innboks");
            await WaitForStudioAsync();
            await Page.GetByRole(AriaRole.Link, new() { Name = "Oversikt" }).ClickAsync();
            await Expect(Page.Locator("figure.velferd-chart svg")).ToHaveCountAsync(3);
            await Expect(Page.GetByTestId("kpi-trend-P3").Locator("tr[data-kpi='notReviewedWithin7Days'] td")).ToHaveCountAsync(8);
            await Expect(Page.GetByTestId("kpi-trend-P6").Locator("tr[data-kpi='eighteenWithoutDecision'] td")).ToHaveCountAsync(8);
            await Expect(Page.GetByTestId("overview-pathways").Locator("tr[data-pathway='p1-en-dor-inn']")).ToBeVisibleAsync();

            // Drill down from the team's overdue figure to its tasks, and reassign from there.
            await Page.Locator("tr[data-team='tit-sentrum']").GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Forfalte oppgaver i tit-sentrum$") }).ClickAsync();
            var drill = Page.GetByTestId("overview-drill");
            await Expect(drill.GetByRole(AriaRole.Heading, new() { Name = "Forfalte oppgaver i tit-sentrum" })).ToBeVisibleAsync();
            var row = drill.Locator("tr", new() { HasText = caseId });
            await Expect(row.Locator("[data-due-state=overdue]")).ToBeVisibleAsync();
            await Expect(drill.Locator("[data-due-state]:not([data-due-state=overdue])")).ToHaveCountAsync(0);
            Assert.False(
                await drill.EvaluateAsync<bool>("s => [...s.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))"),
                "the drilled-down task table scrolls sideways at 1366×768: «Omfordel» is out of sight");
            await CheckPageAsync("oversikt");
            await row.GetByLabel("Gi til (brukernavn)").FillAsync("ola.saksbehandler");
            await row.GetByRole(AriaRole.Button, new() { Name = "Omfordel" }).ClickAsync();

            await Expect(Page.GetByText("Oppgaven er omfordelt.")).ToBeVisibleAsync();
            await Expect(row).ToContainTextAsync("ola.saksbehandler");
            using var ola = await Host.ClientForAsync("ola.saksbehandler", Ct);
            var mine = (await ola.GetFromJsonAsync<JsonObject>($"/api/tasks/mine?caseId={caseId}", Ct))!["items"]!.AsArray();
            Assert.Equal("Claimed", Assert.Single(mine)!["status"]!.GetValue<string>());

            var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByText("Last ned forfalte oppgaver (CSV)").ClickAsync());
            var csv = await File.ReadAllTextAsync(await download.PathAsync(), Encoding.UTF8, Ct);
            var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("Team;Oppgave;Sak;Forløp;Frist;Status;Har oppgaven;Oppgave-id", lines[0].TrimStart('\uFEFF'));
            var fields = lines.Single(l => l.Contains(caseId, StringComparison.Ordinal)).Split(';');
            Assert.Equal(["tit-sentrum", $"Konkretiser bekymringen i sak {caseId}", caseId, "p1-en-dor-inn"], fields[..4]);
            Assert.Equal("ola.saksbehandler", fields[6]);
            Assert.StartsWith("Forfalt", fields[5], StringComparison.Ordinal);
            AssertNoConsoleErrors();
        }
        finally
        {
            // The host is shared by the collection: later tests must not start eleven days ahead.
            (await admin.PostAsJsonAsync("/api/dev/clock", new { now = before.ToString("O") }, Ct)).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task SignInPage_PicksDemoUsers_AndPassesTheChecks()
    {
        await Page.GotoAsync("/logg-inn");

        await Expect(Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Lise Leder") })).ToBeVisibleAsync();
        await CheckPageAsync("logg-inn");
    }

    /// <summary>Starts P1 for a case (a new id unless given) as the caseworker; its first task goes to his team.</summary>
    private async Task<string> StartConcernAsync(string? caseId = null)
    {
        caseId ??= $"sak-{Guid.NewGuid():N}"[..16];
        using var ola = await Host.ClientForAsync("ola.saksbehandler", Ct);
        var started = await ola.PostAsJsonAsync("/api/instances", new { definitionId = "p1-en-dor-inn", input = new { saksId = caseId } }, Ct);
        started.EnsureSuccessStatusCode();
        return caseId;
    }

    /// <summary>Moves the host's development clock past the first task's ten-day due date.</summary>
    private async Task MoveClockPastTheDueDateAsync()
    {
        using var admin = await Host.ClientForAsync("admin", Ct);
        var moved = await admin.PostAsJsonAsync("/api/dev/clock", new { advance = "P11D" }, Ct);
        moved.EnsureSuccessStatusCode();
    }
}
