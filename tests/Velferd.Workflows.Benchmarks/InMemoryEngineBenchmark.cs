using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Benchmarks;

/// <summary>
/// (a) The engine in memory: a 10-activity sequential flowchart (Start, 8 × SetVariable, End) run start to
/// finish, against a hand-written C# method doing the same 8 variable writes (the interpretation overhead).
/// </summary>
public static class InMemoryEngineBenchmark
{
    private const int ActivitiesPerWorkflow = 10;

    public static async Task RunAsync(bool quick, CancellationToken cancellationToken)
    {
        await using var host = WorkflowTestHost.Create();
        var builder = new FlowchartBuilder("Benchmark").Variable("X", "Int32", "0").Activity("start", "Elsa.Start");
        var chain = new List<string> { "start" };
        for (var i = 1; i <= 8; i++)
        {
            builder.Activity($"set{i}", "Elsa.SetVariable", ("variable", JsonValue.Create("X")), ("value", Expr.Literal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Int32")));
            chain.Add($"set{i}");
        }

        builder.Activity("end", "Elsa.End");
        chain.Add("end");
        var definition = await host.PublishAsync(builder.Chain([.. chain]).Build(), cancellationToken);
        await using var scope = host.Services.CreateAsyncScope();
        var blueprint = (await scope.ServiceProvider.GetRequiredService<WorkflowBlueprintProvider>().FindAsync(definition.Id, cancellationToken))!;
        var runner = scope.ServiceProvider.GetRequiredService<WorkflowRunner>();
        var start = new StartTrigger(new Dictionary<string, JsonNode?>());
        var workflows = quick ? 20_000 : 200_000;

        async Task RunOneAsync(int n)
        {
            var instance = new WorkflowInstance { Id = n.ToString(System.Globalization.CultureInfo.InvariantCulture), DefinitionId = definition.DefinitionId, DefinitionVersionId = definition.Id, DefinitionVersion = 1 };
            var result = await runner.RunAsync(blueprint, instance, start, scope.ServiceProvider, cancellationToken);
            if (result.ExecutionLog.Count != ActivitiesPerWorkflow || instance.SubStatus != WorkflowSubStatus.Finished)
            {
                throw new InvalidOperationException("The benchmark flowchart did not run to the end.");
            }
        }

        for (var i = 0; i < 2_000; i++)
        {
            await RunOneAsync(i);
        }

        var engine = Stopwatch.StartNew();
        for (var i = 0; i < workflows; i++)
        {
            await RunOneAsync(i);
        }

        engine.Stop();
        var baseline = Stopwatch.StartNew();
        var sink = 0;
        for (var i = 0; i < workflows; i++)
        {
            sink += HandWritten();
        }

        baseline.Stop();
        var perSecond = workflows / engine.Elapsed.TotalSeconds;
        var baselinePerSecond = workflows / baseline.Elapsed.TotalSeconds;
        Console.WriteLine("(a) In-memory engine, 10-activity sequential flowchart");
        Console.WriteLine($"    engine:       {perSecond,12:N0} workflows/s  {perSecond * ActivitiesPerWorkflow,12:N0} activities/s  (target >= 100,000 activities/s)");
        Console.WriteLine($"    hand-written: {baselinePerSecond,12:N0} workflows/s  (same 8 variable writes in plain C#; checksum {sink % 10})");
        Console.WriteLine($"    ratio engine/hand-written: {perSecond / baselinePerSecond:0.000}");
    }

    private static int HandWritten()
    {
        var variables = new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { ["X"] = JsonValue.Create(0) };
        for (var i = 1; i <= 8; i++)
        {
            variables["X"] = JsonValue.Create(i);
        }

        return variables["X"]!.GetValue<int>();
    }
}
