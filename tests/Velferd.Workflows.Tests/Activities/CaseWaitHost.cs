using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Tests.Activities;

/// <summary>
/// Runs one case activity on the in-memory engine, correlated to a case as the pathways are, and resumes its wait the
/// way the host does after storing a case fact (a resume of the bookmark, never a signal).
/// </summary>
internal static class CaseWaitHost
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Stores <paramref name="subject"/> in the host's in-memory case store.</summary>
    public static async Task AddCaseAsync(WorkflowTestHost host, WelfareCase subject)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ICaseStore>().AddAsync(subject, [], Ct);
    }

    /// <summary>The case as stored now.</summary>
    public static async Task<WelfareCase> CaseAsync(WorkflowTestHost host, string caseId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ICaseStore>().FindAsync(caseId, Ct))!;
    }

    /// <summary>Publishes start → <paramref name="type"/> (as «step») → one end per port, and starts it for <paramref name="caseId"/>.</summary>
    public static async Task<string> RunAsync(
        WorkflowTestHost host, string caseId, string type, string[] ports, params (string Key, System.Text.Json.Nodes.JsonNode? Value)[] inputs)
    {
        var builder = new FlowchartBuilder(type).Activity("start", "Elsa.Start").Activity("step", type, inputs).Connect("start", "step");
        foreach (var port in ports)
        {
            builder.Activity($"slutt{port.GetHashCode(StringComparison.Ordinal):x}", "Elsa.End").Connect("step", $"slutt{port.GetHashCode(StringComparison.Ordinal):x}", port);
        }

        var definition = await host.PublishAsync(builder.Build(), Ct);
        return await host.StartAsync(definition.DefinitionId, correlationId: caseId, cancellationToken: Ct);
    }

    /// <summary>Resumes the instance's wait named <paramref name="bookmarkName"/> and runs until idle.</summary>
    public static async Task ResumeAsync(WorkflowTestHost host, string instanceId, string bookmarkName)
    {
        var bookmark = (await host.GetInstanceAsync(instanceId, Ct)).State.Bookmarks.Single(b => b.Name == bookmarkName);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().ResumeAsync(instanceId, bookmark.Id, null, $"test/{bookmark.Id}", Ct);
        }

        await host.RunUntilIdleAsync(Ct);
    }

    /// <summary>The port the step completed on, or null while it waits.</summary>
    public static async Task<string?> PortAsync(WorkflowTestHost host, string instanceId) =>
        (await host.GetLogAsync(instanceId, Ct)).LastOrDefault(r => r.ActivityId == "step" && r.Status == ActivityExecutionStatus.Completed)?.Outcomes.SingleOrDefault();

    /// <summary>The step's output when it completed.</summary>
    public static async Task<System.Text.Json.Nodes.JsonNode?> OutputAsync(WorkflowTestHost host, string instanceId) =>
        (await host.GetLogAsync(instanceId, Ct)).Last(r => r.ActivityId == "step" && r.Status == ActivityExecutionStatus.Completed).Output;
}
