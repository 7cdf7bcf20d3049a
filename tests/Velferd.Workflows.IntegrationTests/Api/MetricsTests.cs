using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Diagnostics;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>The engine's figures at <c>/metrics</c> in Prometheus's format, for an admin or a scraper with the key.</summary>
public sealed class MetricsTests
{
    private const string ScrapeKey = "prometheus-skrapenokkel-minst-32-tegn";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metrics_AfterAStartAndATask_ShowAppliedStimuliAndTheWorkload()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new WorkflowHostFactory(database).WithWebHostBuilder(b => b.UseSetting("Metrics:ScrapeKey", ScrapeKey));
        var owner = await host.ClientForAsync("kari.prosesseier");
        var definition = new FlowchartBuilder("Måling").WithDefinitionId("maling")
            .Activity("start", "Elsa.Start")
            .Activity("oppgave", "Velferd.UserTask", ("title", Expr.Literal("Vurder")), ("candidateTeam", Expr.Literal("tit-sentrum")))
            .Chain("start", "oppgave")
            .BuildJson();
        (await owner.PostAsJsonAsync("/api/definitions/import?publish=true", definition, Ct)).EnsureSuccessStatusCode();
        (await owner.PostAsJsonAsync("/api/instances", new { definitionId = "maling", correlationId = "sak-maling" }, Ct)).EnsureSuccessStatusCode();

        // The start may be applied by the background dispatcher rather than in the request: the task exists once it is.
        await BackgroundWork.WaitUntilIdleAsync(host);
        await host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<WorkloadSampler>().Single().SampleAsync(Ct);
        var scraper = host.CreateClient();
        scraper.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ScrapeKey);

        var text = await scraper.GetStringAsync("/metrics", Ct);

        Assert.Matches("""velferd_stimuli_applied_total\{[^}]*kind="Start"[^}]*result="applied"[^}]*\} [1-9]""", text);
        Assert.Contains("velferd_stimulus_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Matches("""velferd_tasks_open(_total)?(\{[^}]*\})? 1(\s|$)""", text);
        Assert.Contains("velferd_stimuli_waiting", text, StringComparison.Ordinal);
        Assert.Contains("velferd_outbox_incidents", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sak-maling", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("ola.saksbehandler", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task Metrics_ForUsers_OnlyAnAdminReadsThem(string? userName, HttpStatusCode expected)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new WorkflowHostFactory(database);
        var client = userName is null ? host.CreateClient() : await host.ClientForAsync(userName);

        var response = await client.GetAsync("/metrics", Ct);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_WithAWrongScrapeKey_Are401()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new WorkflowHostFactory(database).WithWebHostBuilder(b => b.UseSetting("Metrics:ScrapeKey", ScrapeKey));
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ScrapeKey + "x");

        var response = await client.GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

}
