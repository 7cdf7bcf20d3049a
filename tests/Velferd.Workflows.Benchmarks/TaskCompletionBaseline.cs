using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Benchmarks;

/// <summary>The same-run baseline of the HTTP benchmarks: completing a user task through the real host.</summary>
internal static class TaskCompletionBaseline
{
    /// <summary>
    /// Completes <paramref name="count"/> tasks over HTTP one after another (after 20 to warm up), each until its burst
    /// has committed, and reads each by key just before: the milliseconds of each completion and each read.
    /// </summary>
    public static async Task<(double[] Complete, double[] Read)> MeasureAsync(BenchmarkHost host, int count, CancellationToken cancellationToken)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var change = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(
            new FlowchartBuilder("Fullføring")
                .Activity("start", "Elsa.Start")
                .Activity("oppgave", "Velferd.UserTask", ("title", Expr.Literal("Godkjenn")), ("assignee", Expr.Literal("admin")),
                    ("outcomes", Expr.Literal("[\"Godkjent\",\"Avvist\"]", "Object")),
                    ("fields", Expr.Literal("[{\"key\":\"begrunnelse\",\"label\":\"Begrunnelse\",\"type\":\"multiline\",\"required\":true}]", "Object")))
                .Activity("slutt", "Elsa.End")
                .Chain("start", "oppgave")
                .Connect("oppgave", "slutt", "Godkjent")
                .Build(),
            publish: true,
            cancellationToken);
        var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
        var tasks = scope.ServiceProvider.GetRequiredService<IHumanTaskStore>();
        var ids = new List<string>();
        for (var i = 0; i < count + 20; i++)
        {
            var started = await engine.StartAsync(new StartRequest(change.Definition!.DefinitionId, CorrelationId: $"fullfor-{i}"), cancellationToken);
            // StartAsync returns once the first burst has committed, on this node or another, so the task exists.
            var page = await tasks.ListAsync(new HumanTaskQuery { WorkflowInstanceId = started.InstanceId, PageSize = 1 }, cancellationToken);
            ids.Add(page.Items.Count == 1 ? page.Items[0].Id : throw new InvalidOperationException($"Instance {started.InstanceId} made no task."));
        }

        var client = await host.ClientForAsync("admin", cancellationToken);
        var complete = new List<double>();
        var read = new List<double>();
        for (var i = 0; i < ids.Count; i++)
        {
            var watch = Stopwatch.StartNew();
            using (var response = await client.GetAsync($"/api/tasks/{ids[i]}", cancellationToken))
            {
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                response.EnsureSuccessStatusCode();
            }

            var readTime = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            using (var response = await client.PostAsJsonAsync($"/api/tasks/{ids[i]}/complete", new { outcome = "Godkjent", form = new JsonObject { ["begrunnelse"] = "ok" } }, cancellationToken))
            {
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                response.EnsureSuccessStatusCode();
            }

            var completeTime = watch.Elapsed.TotalMilliseconds;
            if (i >= 20)
            {
                read.Add(readTime);
                complete.Add(completeTime);
            }
        }

        var unfinished = await tasks.CountByStatusAsync(new HumanTaskQuery { AssignedTo = "admin" }, cancellationToken);
        if (unfinished[HumanTaskStatus.Claimed] != 0)
        {
            throw new InvalidOperationException("Some completions did not commit.");
        }

        return ([.. complete], [.. read]);
    }
}
