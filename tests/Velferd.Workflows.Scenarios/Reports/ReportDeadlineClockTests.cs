using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Reports.ReportApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Reports;

/// <summary>
/// The P3 deadlines firing on the Development clock (moved over HTTP; the deadline pump and Quartz on the moved time):
/// the review deadline's reminder on day 5 and its expiry on day 7 (AS-02), and an investigation past its deadline
/// . A class and host of its own, since the clock moves for every test that shares the host.
/// </summary>
public sealed class ReportDeadlineClockTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AS02_R12_ReviewNotDone_RemindedOnDayFiveOverdueAfterDaySevenAndStillReviewable()
    {
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var id = Text(Assert.Single(await RegisterAsync(bjorn, Melding(await NowAsync(bjorn), PersonAged(TimeProvider.System, 8)))), "id");
        var review = (await ReportDeadlinesAsync(bjorn, id))["vurderingsfrist"];

        await MoveClockAsync(kari, new { now = review["reminderAt"]!.GetValue<DateTimeOffset>().AddMinutes(1).ToString("O") });
        var onDayFive = (await ReportDeadlinesAsync(bjorn, id))["vurderingsfrist"];
        await MoveClockAsync(kari, new { now = review["dueAt"]!.GetValue<DateTimeOffset>().AddMinutes(1).ToString("O") });
        var afterDaySeven = (await ReportDeadlinesAsync(bjorn, id))["vurderingsfrist"];
        var overview = await berit.GetFromJsonAsync<JsonObject>("/api/deadlines/overview?team=bv-vest", Ct);
        var late = await ReviewAsync(bjorn, id, new { outcome = "henlegg", reason = "Vurdert etter fristen." });

        Assert.Equal("Reminded", Text(onDayFive, "status"));
        Assert.Equal("Overdue", Text(afterDaySeven, "status"));
        Assert.Contains(overview!["overdue"]!["items"]!.AsArray(), d => Text(d, "id") == Text(review, "id"));
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal("HENLAGT", Text(await BodyAsync(late), "status"));
    }

    [Fact]
    public async Task R16_InvestigationPastItsDeadline_ExtensionRefusedStaysOverdueAndTheLeaderWritesADeviationNote()
    {
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var report = Assert.Single(await RegisterAsync(bjorn, Melding(await NowAsync(bjorn), PersonAged(TimeProvider.System, 13))));
        var investigation = await InvestigateAsync(fixture.Host, bjorn, Text(report, "id"));
        var id = Text(investigation, "id");
        var deadlineId = Text(investigation, "deadlineId");
        var notYet = await berit.PostAsJsonAsync($"/api/investigations/{id}/deviation-notes", new { text = "For tidlig." }, Ct);

        await MoveClockAsync(kari, new { advance = "P3M2D" });
        var extension = await bjorn.PostAsJsonAsync($"/api/deadlines/{deadlineId}/extension", new { extendBy = "1 måned", reason = "Trenger mer tid." }, Ct);
        var noteByCaseworker = await bjorn.PostAsJsonAsync($"/api/investigations/{id}/deviation-notes", new { text = "Forsinket." }, Ct);
        var note = await berit.PostAsJsonAsync($"/api/investigations/{id}/deviation-notes", new { text = "Forsinket fordi sakkyndig var syk." }, Ct);
        var view = await bjorn.GetFromJsonAsync<JsonObject>($"/api/investigations/{id}", Ct);

        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, extension.StatusCode);
        Assert.Contains("avviksnotat", (await BodyAsync(extension))["errors"]!["deadlineId"]![0]!.GetValue<string>());
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Created), (noteByCaseworker.StatusCode, note.StatusCode));
        Assert.Equal(("OVERDUE", "Overdue", false), (Text(view, "status"), Text(view, "deadlineStatus"), view!["utvidetFrist"]!.GetValue<bool>()));
        Assert.Equal("Forsinket fordi sakkyndig var syk.", Text(Assert.Single(view["deviationNotes"]!.AsArray()), "text"));
    }

    [Fact]
    public async Task R17_ReceiptNotSentWithinThreeWeeks_OverdueInTheLeadersOverview()
    {
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var id = Text(Assert.Single(await RegisterAsync(bjorn, Melding(await NowAsync(bjorn), PersonAged(TimeProvider.System, 15)))), "id");
        var receipt = (await ReportDeadlinesAsync(bjorn, id))["tilbakemelding_mottatt"];

        await MoveClockAsync(kari, new { now = receipt["dueAt"]!.GetValue<DateTimeOffset>().AddMinutes(1).ToString("O") });
        var overview = await berit.GetFromJsonAsync<JsonObject>("/api/deadlines/overview?team=bv-vest", Ct);
        var overdueTasks = await berit.GetFromJsonAsync<JsonObject>($"/api/tasks/overdue?team=bv-vest&caseId={id}", Ct);

        Assert.Equal("Overdue", Text((await ReportDeadlinesAsync(bjorn, id))["tilbakemelding_mottatt"], "status"));
        Assert.Contains(overview!["overdue"]!["items"]!.AsArray(), d => Text(d, "id") == Text(receipt, "id"));
        Assert.Contains(overdueTasks!["items"]!.AsArray(), t => Text(t, "caseId") == id && Text(t, "title").StartsWith("Send kvittering", StringComparison.Ordinal));
    }
}
