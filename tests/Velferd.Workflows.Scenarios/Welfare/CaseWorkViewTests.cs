using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Activities.Deadlines;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Welfare;

/// <summary>
/// <c>GET /api/cases/{id}</c> shows the case's running pathway instances and open deadlines (DOMAIN-API.md "Cases and
/// persons"), and only those of the case's team and the reader's teams: another service's work on the same child's
/// case stays with that service (R-64's "a service's own material stays with it").
/// </summary>
public sealed class CaseWorkViewTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_CaseWithRunningPathways_ShowsItsOwnTeamsInstancesAndOpenDeadlinesButNotAnotherServicesOnes()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var admin = await fixture.Host.ClientForAsync("admin");
        var id = (await CreateAsync(tone, TitCase(PersonAged(TimeProvider.System, 9), Guardian())))["id"]!.GetValue<string>();
        var definitionId = await PublishAsync();
        var teamWork = await StartAsync(tone, definitionId, id);
        var barnevern = await StartAsync(bjorn, definitionId, id);
        await fixture.Host.WaitUntilIdleAsync(Idle);

        var asTone = (await tone.GetFromJsonAsync<JsonObject>($"/api/cases/{id}", Ct))!;
        var asAdmin = (await admin.GetFromJsonAsync<JsonObject>($"/api/cases/{id}", Ct))!;
        var bjornReads = await bjorn.GetAsync($"/api/cases/{id}", Ct);

        Assert.Equal([teamWork], Ids(asTone["instances"]!));
        var deadline = Assert.Single(asTone["openDeadlines"]!.AsArray())!;
        Assert.Equal(("tiltaksfrist", teamWork), (deadline["name"]!.GetValue<string>(), deadline["workflowInstanceId"]!.GetValue<string>()));
        Assert.Equal(new[] { barnevern, teamWork }.Order(StringComparer.Ordinal), Ids(asAdmin["instances"]!).Order(StringComparer.Ordinal));
        Assert.Equal(2, asAdmin["openDeadlines"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.NotFound, bjornReads.StatusCode);
    }

    private static List<string> Ids(JsonNode list) => [.. list.AsArray().Select(i => i!["id"]!.GetValue<string>())];

    private static async Task<string> StartAsync(HttpClient client, string definitionId, string caseId)
    {
        var started = await client.PostAsJsonAsync("/api/instances", new { definitionId, correlationId = caseId }, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
    }

    private async Task<string> PublishAsync()
    {
        var definition = new FlowchartBuilder("Tiltak med frist").WithDefinitionId($"tiltak-{Guid.NewGuid():N}")
            .Activity("start", "Elsa.Start")
            .Activity("frist", "Velferd.Deadline", ("deadlineName", Expr.Literal("tiltaksfrist")), ("kind", Expr.Literal("Lokal")), ("duration", Expr.Literal("14 dager")))
            .Activity("overskredet", "Elsa.WriteLine", ("text", Expr.Literal("Fristen er passert")))
            .Connect("start", "frist")
            .Connect("frist", "overskredet", DeadlineActivity.OverdueOutcome)
            .Build();
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(definition, publish: true, Ct)).Definition!.DefinitionId;
    }
}
