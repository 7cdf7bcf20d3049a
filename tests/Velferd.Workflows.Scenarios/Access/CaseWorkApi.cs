using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.Scenarios.Access;

/// <summary>Pathway work on a case for the access tests: a deadline or a task of the case, started over HTTP.</summary>
public static class CaseWorkApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Starts <paramref name="definitionId"/> on the case as <paramref name="client"/> and waits until the engine is idle.</summary>
    public static async Task<string> StartAsync(WebApplicationFactory<Program> host, HttpClient client, string definitionId, string caseId)
    {
        var started = await client.PostAsJsonAsync("/api/instances", new { definitionId, correlationId = caseId, input = new { saksId = caseId } }, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        await BackgroundWork.WaitUntilIdleAsync(host, TimeSpan.FromSeconds(30));
        return (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
    }

    /// <summary>A published pathway that sets a local 30-day deadline for <paramref name="team"/> and waits on it.</summary>
    public static async Task<string> DeadlineDefinitionAsync(WebApplicationFactory<Program> host, string team) => await ImportAsync(host, new FlowchartBuilder("Frist på saken").WithDefinitionId($"frist-{Guid.NewGuid():N}")
        .Activity("start", "Elsa.Start")
        .Activity("frist", "Velferd.Deadline",
            ("deadlineName", Expr.Literal("beslutningsfrist")), ("kind", Expr.Literal("Lokal")), ("duration", Expr.Literal("30 dager")), ("team", Expr.Literal(team)))
        .Connect("start", "frist")
        .BuildJson());

    /// <summary>A published pathway whose one step is a task offered to <paramref name="candidateTeam"/>.</summary>
    public static async Task<string> TaskDefinitionAsync(WebApplicationFactory<Program> host, string candidateTeam) => await ImportAsync(host, new FlowchartBuilder("Oppgave på saken").WithDefinitionId($"oppgave-{Guid.NewGuid():N}")
        .Activity("start", "Elsa.Start")
        .Activity("oppgave", "Velferd.UserTask", ("title", Expr.Literal("Vurder")), ("candidateTeam", Expr.Literal(candidateTeam)))
        .Chain("start", "oppgave")
        .BuildJson());

    /// <summary>A published pathway that waits for the ordinary event <paramref name="eventName"/> (a signal must name its case).</summary>
    public static async Task<string> EventDefinitionAsync(WebApplicationFactory<Program> host, string eventName) => await ImportAsync(host, new FlowchartBuilder("Venter på hendelse").WithDefinitionId($"hendelse-{Guid.NewGuid():N}")
        .Activity("start", "Elsa.Start")
        .Activity("vent", "Elsa.Event", ("eventName", Expr.Literal(eventName)))
        .Activity("ferdig", "Elsa.WriteLine", ("text", Expr.Literal("mottatt")))
        .Chain("start", "vent", "ferdig")
        .BuildJson());

    private static async Task<string> ImportAsync(WebApplicationFactory<Program> host, JsonObject definition)
    {
        var owner = await host.ClientForAsync("kari.prosesseier");
        (await owner.PostAsJsonAsync("/api/definitions/import?publish=true", definition, Ct)).EnsureSuccessStatusCode();
        return definition["definitionId"]!.GetValue<string>();
    }
}
