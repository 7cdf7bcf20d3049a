using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Activities.Deadlines;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Scheduling.Deadlines;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>
/// <c>/api/deadlines</c> over HTTP on a frozen fake clock: a case's and an instance's deadlines, the supervisors'
/// overview with counts, extension (request + approval, DOMAIN.md R-16) and who may do what.
/// </summary>
public abstract class DeadlineApiTests(FrozenClockHostFixture fixture)
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(20);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateTimeOffset Now => fixture.Clock.GetUtcNow();

    [Fact]
    public async Task List_ByCaseAndByInstance_ShowsTheStatutoryDeadlineWithItsLabelAndReminder()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var caseId = NewCase();
        var instanceId = await StartAsync(ola, await InvestigationAsync("bv-vest"), caseId);

        var byCase = await ola.GetFromJsonAsync<JsonObject>($"/api/deadlines?correlationId={caseId}", Ct);
        var byInstance = await ola.GetFromJsonAsync<JsonObject>($"/api/deadlines?instanceId={instanceId}", Ct);
        var neither = await ola.GetAsync("/api/deadlines", Ct);
        var unknown = await ola.GetAsync("/api/deadlines/finnes-ikke", Ct);

        var item = Assert.Single(byCase!["items"]!.AsArray())!;
        Assert.Equal(1, byCase["totalCount"]!.GetValue<int>());
        Assert.Equal(
            ("undersøkelsesfrist", "Lovpålagt frist", "barnevernsloven § 2-2", "Pending", instanceId),
            (item["name"]!.GetValue<string>(), item["kindLabel"]!.GetValue<string>(), item["sourceRule"]!.GetValue<string>(), item["status"]!.GetValue<string>(), item["workflowInstanceId"]!.GetValue<string>()));
        var due = item["dueAt"]!.GetValue<DateTimeOffset>();
        Assert.InRange(due, Now.AddDays(89), Now.AddDays(93));
        Assert.Equal(due.AddDays(-14).UtcDateTime.Date, item["reminderAt"]!.GetValue<DateTimeOffset>().UtcDateTime.Date);
        Assert.Equal(item["id"]!.GetValue<string>(), Assert.Single(byInstance!["items"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, neither.StatusCode);
        Assert.True((await BodyAsync(neither))["errors"]!.AsObject().ContainsKey("correlationId"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task ListGetAndExtend_CaseworkerOfAnotherTeam_SeesNothingAndGetsNotFound()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var siri = await fixture.Host.ClientForAsync("siri.saksbehandler");
        var caseId = NewCase();
        var instanceId = await StartAsync(ola, await InvestigationAsync("tit-sentrum"), caseId);
        var deadlineId = (await SingleDeadlineAsync(ola, caseId))["id"]!.GetValue<string>();

        var byCase = await siri.GetFromJsonAsync<JsonObject>($"/api/deadlines?correlationId={caseId}", Ct);
        var byInstance = await siri.GetFromJsonAsync<JsonObject>($"/api/deadlines?instanceId={instanceId}", Ct);
        var get = await siri.GetAsync($"/api/deadlines/{deadlineId}", Ct);
        var extend = await siri.PostAsJsonAsync($"/api/deadlines/{deadlineId}/extension", new { extendBy = "1 måned", reason = "Venter på sakkyndig." }, Ct);
        var after = await SingleDeadlineAsync(ola, caseId);

        Assert.Equal((0, 0), (byCase!["items"]!.AsArray().Count, byCase["totalCount"]!.GetValue<int>()));
        Assert.Empty(byInstance!["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, extend.StatusCode);
        Assert.Null(after["extensionRequestedBy"]);
    }

    [Fact]
    public async Task Overview_ForATeam_CountsOverdueAndDueWithinTheWindow()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var admin = await fixture.Host.ClientForAsync("admin");
        var team = $"team-{Guid.NewGuid():N}";
        var overdue = await StartAsync(ola, await InvestigationAsync(team, anchor: Now.AddMonths(-4)), NewCase());
        await StartAsync(ola, await InvestigationAsync(team, anchor: Now.AddMonths(-4)), NewCase());
        await StartAsync(ola, await LocalDeadlineAsync(team, "3 dager"), NewCase());
        await StartAsync(ola, await LocalDeadlineAsync(team, "20 dager"), NewCase());
        await StartAsync(ola, await InvestigationAsync(team), NewCase());
        await FirePumpAsync();

        var week = await admin.GetFromJsonAsync<JsonObject>($"/api/deadlines/overview?team={team}", Ct);
        var month = await admin.GetFromJsonAsync<JsonObject>($"/api/deadlines/overview?team={team}&withinDays=30", Ct);
        var badWindow = await admin.GetAsync($"/api/deadlines/overview?team={team}&withinDays=400", Ct);

        Assert.Equal((7, 2, 1), (week!["withinDays"]!.GetValue<int>(), week["overdue"]!["totalCount"]!.GetValue<int>(), week["dueSoon"]!["totalCount"]!.GetValue<int>()));
        Assert.Contains(week["overdue"]!["items"]!.AsArray(), d => d!["workflowInstanceId"]!.GetValue<string>() == overdue && d["status"]!.GetValue<string>() == "Overdue");
        Assert.Equal("Lokal frist", Assert.Single(week["dueSoon"]!["items"]!.AsArray())!["kindLabel"]!.GetValue<string>());
        Assert.Equal((2, 2), (month!["overdue"]!["totalCount"]!.GetValue<int>(), month["dueSoon"]!["totalCount"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.BadRequest, badWindow.StatusCode);
        Assert.True((await BodyAsync(badWindow))["errors"]!.AsObject().ContainsKey("withinDays"));
    }

    [Fact]
    public async Task Overview_AnExtensionRequestMonthsAhead_IsListedForApprovalUntilApproved()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var admin = await fixture.Host.ClientForAsync("admin");
        var team = $"team-{Guid.NewGuid():N}";
        var caseId = NewCase();
        await StartAsync(ola, await InvestigationAsync(team), caseId);
        await StartAsync(ola, await InvestigationAsync(team), NewCase());
        var id = (await SingleDeadlineAsync(ola, caseId))["id"]!.GetValue<string>();
        (await ola.PostAsJsonAsync($"/api/deadlines/{id}/extension", new { extendBy = "1 måned", reason = "Venter på sakkyndig vurdering." }, Ct)).EnsureSuccessStatusCode();

        var waiting = await admin.GetFromJsonAsync<JsonObject>($"/api/deadlines/overview?team={team}", Ct);
        (await admin.PostAsync($"/api/deadlines/{id}/extension/approve", null, Ct)).EnsureSuccessStatusCode();
        var approved = await admin.GetFromJsonAsync<JsonObject>($"/api/deadlines/overview?team={team}", Ct);

        Assert.Equal(0, waiting!["dueSoon"]!["totalCount"]!.GetValue<int>());
        var request = Assert.Single(waiting["extensionRequests"]!["items"]!.AsArray())!;
        Assert.Equal((id, "Venter på sakkyndig vurdering."), (request["id"]!.GetValue<string>(), request["extensionReason"]!.GetValue<string>()));
        Assert.Equal(0, approved!["extensionRequests"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Overview_SupervisorSeesOnlyHerTeams_CaseworkerAndAnonymousAreRefused()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var lise = await fixture.Host.ClientForAsync("lise.leder");
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");
        var hers = await StartAsync(ola, await LocalDeadlineAsync("tit-sentrum", "2 dager"), NewCase());
        var others = await StartAsync(ola, await LocalDeadlineAsync("oppvekst-nord", "2 dager"), NewCase());

        var mine = await lise.GetFromJsonAsync<JsonObject>("/api/deadlines/overview", Ct);
        var otherTeam = await lise.GetAsync("/api/deadlines/overview?team=oppvekst-nord", Ct);
        var caseworker = await ola.GetAsync("/api/deadlines/overview?team=tit-sentrum", Ct);
        var processOwner = await kari.GetAsync("/api/deadlines/overview", Ct);
        var anonymous = await fixture.Host.CreateClient().GetAsync("/api/deadlines/overview", Ct);
        var anonymousList = await fixture.Host.CreateClient().GetAsync("/api/deadlines?correlationId=sak-1", Ct);

        var soon = mine!["dueSoon"]!["items"]!.AsArray().Select(d => d!["workflowInstanceId"]!.GetValue<string>()).ToList();
        Assert.Contains(hers, soon);
        Assert.DoesNotContain(others, soon);
        Assert.Equal(HttpStatusCode.Forbidden, otherTeam.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, caseworker.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, processOwner.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousList.StatusCode);
    }

    [Fact]
    public async Task Extension_RequestedByCaseworker_ApprovedBySupervisor_MovesTheDeadline_CaseworkerCannotApprove()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var lise = await fixture.Host.ClientForAsync("lise.leder");
        var caseId = NewCase();
        await StartAsync(ola, await InvestigationAsync("bv-vest"), caseId);
        var deadline = await SingleDeadlineAsync(ola, caseId);
        var id = deadline["id"]!.GetValue<string>();
        var due = deadline["dueAt"]!.GetValue<DateTimeOffset>();

        var requested = await ola.PostAsJsonAsync($"/api/deadlines/{id}/extension", new { extendBy = "1 måned", reason = "Venter på sakkyndig vurdering." }, Ct);
        var approvedByCaseworker = await ola.PostAsync($"/api/deadlines/{id}/extension/approve", null, Ct);
        var approved = await lise.PostAsync($"/api/deadlines/{id}/extension/approve", null, Ct);
        var after = await ola.GetFromJsonAsync<JsonObject>($"/api/deadlines/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, requested.StatusCode);
        var request = await BodyAsync(requested);
        Assert.Equal(("Pending", "ola.saksbehandler"), (request["status"]!.GetValue<string>(), request["extensionRequestedBy"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Forbidden, approvedByCaseworker.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(
            ("Extended", 1, "lise.leder", "Venter på sakkyndig vurdering."),
            (after!["status"]!.GetValue<string>(), after["extensionCount"]!.GetValue<int>(), after["extensionApprovedBy"]!.GetValue<string>(), after["extensionReason"]!.GetValue<string>()));
        Assert.InRange(after["dueAt"]!.GetValue<DateTimeOffset>(), due.AddDays(28), due.AddDays(31));
        Assert.Null(after["requestedDueAt"]);
    }

    [Fact]
    public async Task Extension_BeyondTheLegalMaximumOrWithoutReason_Answers400WithFieldErrors_AndChangesNothing()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var caseId = NewCase();
        await StartAsync(ola, await InvestigationAsync("bv-vest"), caseId);
        var deadline = await SingleDeadlineAsync(ola, caseId);
        var id = deadline["id"]!.GetValue<string>();

        var beyondCap = await ola.PostAsJsonAsync($"/api/deadlines/{id}/extension", new { newDueAt = Now.AddMonths(7), reason = "Trenger mer tid." }, Ct);
        var noReason = await ola.PostAsJsonAsync($"/api/deadlines/{id}/extension", new { extendBy = "1 måned", reason = " " }, Ct);
        var badAmount = await ola.PostAsJsonAsync($"/api/deadlines/{id}/extension", new { extendBy = "en stund", reason = "Trenger mer tid." }, Ct);
        var nothingToApprove = await (await fixture.Host.ClientForAsync("lise.leder")).PostAsync($"/api/deadlines/{id}/extension/approve", null, Ct);
        var after = await SingleDeadlineAsync(ola, caseId);

        Assert.Equal(HttpStatusCode.BadRequest, beyondCap.StatusCode);
        Assert.Contains("maks 6 måneder fra startdato", Errors(await BodyAsync(beyondCap), "newDueAt"));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.StartsWith("Skriv en begrunnelse", Errors(await BodyAsync(noReason), "reason"));
        Assert.Equal(HttpStatusCode.BadRequest, badAmount.StatusCode);
        Assert.True((await BodyAsync(badAmount))["errors"]!.AsObject().ContainsKey("extendBy"));
        Assert.Equal(HttpStatusCode.BadRequest, nothingToApprove.StatusCode);
        Assert.True((await BodyAsync(nothingToApprove))["errors"]!.AsObject().ContainsKey("deadlineId"));
        Assert.Equal(("Pending", 0, deadline["dueAt"]!.GetValue<DateTimeOffset>()), (after["status"]!.GetValue<string>(), after["extensionCount"]!.GetValue<int>(), after["dueAt"]!.GetValue<DateTimeOffset>()));
        Assert.Null(after["requestedDueAt"]);
    }

    [Fact]
    public async Task Extension_AfterExpiry_IsRefusedWithAFieldError_AndTheDeadlineStaysOverdue()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var caseId = NewCase();
        await StartAsync(ola, await InvestigationAsync("bv-vest", anchor: Now.AddMonths(-4)), caseId);
        await FirePumpAsync();
        var id = (await SingleDeadlineAsync(ola, caseId))["id"]!.GetValue<string>();

        var refused = await ola.PostAsJsonAsync($"/api/deadlines/{id}/extension", new { extendBy = "1 måned", reason = "Sakkyndig ble syk." }, Ct);
        var after = await SingleDeadlineAsync(ola, caseId);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith("Fristen er allerede utløpt eller avsluttet; skriv et avviksnotat.", Errors(await BodyAsync(refused), "deadlineId"));
        Assert.Equal(("Overdue", 0), (after["status"]!.GetValue<string>(), after["extensionCount"]!.GetValue<int>()));
        Assert.Null(after["requestedDueAt"]);
    }

    private static string NewCase() => $"sak-{Guid.NewGuid():N}";

    /// <summary>R-15: an investigation, 3 months from its start, extendable to start + 6 months, reminder 14 days before.</summary>
    private Task<string> InvestigationAsync(string team, DateTimeOffset? anchor = null)
    {
        (string Key, JsonNode? Value)[] inputs =
        [
            ("deadlineName", Expr.Literal("undersøkelsesfrist")), ("kind", Expr.Literal("Lovpålagt")), ("sourceRule", Expr.Literal("barnevernsloven § 2-2")),
            ("duration", Expr.Literal("3 måneder")), ("maxExtension", Expr.Literal("6 måneder")), ("reminderBefore", Expr.Literal("14 dager")),
            ("metOnEvent", Expr.Literal("UndersøkelseKonkludert")), ("team", Expr.Literal(team)),
        ];
        if (anchor is { } at)
        {
            // Started four months ago: the deadline fell due a month ago (and the reminder before it).
            inputs = [.. inputs, ("anchor", Expr.Literal(at.ToString("O"), "DateTimeOffset"))];
        }

        return PublishAsync(new FlowchartBuilder("Undersøkelse").WithDefinitionId($"frist-{Guid.NewGuid():N}")
            .Activity("start", "Elsa.Start")
            .Activity("frist", "Velferd.Deadline", inputs)
            .Activity("overskredet", "Elsa.WriteLine", ("text", Expr.Literal("OVERDUE")))
            .Connect("start", "frist")
            .Connect("frist", "overskredet", DeadlineActivity.OverdueOutcome)
            .Build());
    }

    private Task<string> LocalDeadlineAsync(string team, string duration) =>
        PublishAsync(new FlowchartBuilder("Lokal").WithDefinitionId($"lokal-{Guid.NewGuid():N}")
            .Activity("start", "Elsa.Start")
            .Activity("frist", "Velferd.Deadline",
                ("deadlineName", Expr.Literal("beslutningsfrist")), ("kind", Expr.Literal("Lokal")), ("duration", Expr.Literal(duration)), ("team", Expr.Literal(team)))
            .Connect("start", "frist")
            .Build());

    private async Task<string> PublishAsync(DefinitionModel definition)
    {
        // Arrange through the engine's own service: the designer's save and publish are tested elsewhere.
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(definition, publish: true, Ct);
        return saved.Definition!.DefinitionId;
    }

    private async Task<string> StartAsync(HttpClient client, string definitionId, string caseId)
    {
        var started = await client.PostAsJsonAsync("/api/instances", new { definitionId, correlationId = caseId }, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        await fixture.Host.WaitUntilIdleAsync(Idle);
        return (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
    }

    /// <summary>
    /// Runs the pump the Quartz job runs (the frozen clock never reaches a trigger) until nothing more is due (a past
    /// reminder fires first, then the due step), then waits until the engine is idle.
    /// </summary>
    private async Task FirePumpAsync()
    {
        var pump = fixture.Host.Services.GetRequiredService<DeadlinePump>();
        while (await pump.FireDueAsync(Ct) > 0)
        {
        }

        await fixture.Host.WaitUntilIdleAsync(Idle);
    }

    private static async Task<JsonObject> SingleDeadlineAsync(HttpClient client, string caseId) =>
        Assert.Single((await client.GetFromJsonAsync<JsonObject>($"/api/deadlines?correlationId={caseId}", Ct))!["items"]!.AsArray())!.AsObject();

    private static async Task<JsonObject> BodyAsync(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;

    private static string Errors(JsonObject problem, string field) => problem["errors"]![field]![0]!.GetValue<string>();
}

public sealed class SqliteDeadlineApiTests(SqliteFrozenClockHostFixture fixture) : DeadlineApiTests(fixture), IClassFixture<SqliteFrozenClockHostFixture>;

public sealed class PostgreSqlDeadlineApiTests(PostgreSqlFrozenClockHostFixture fixture) : DeadlineApiTests(fixture), IClassFixture<PostgreSqlFrozenClockHostFixture>;
