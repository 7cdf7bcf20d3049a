using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Host.Instances;

/// <summary>One instance with its state and execution log.</summary>
public sealed record InstanceDetails(
    InstanceSummary Instance,
    IReadOnlyDictionary<string, JsonNode?> Input,
    IReadOnlyDictionary<string, JsonNode?> Variables,
    IReadOnlyDictionary<string, JsonNode?> Output,
    IReadOnlyList<BookmarkView> Bookmarks,
    IReadOnlyList<Incident> Incidents,
    IReadOnlyList<ActivityExecutionRecord> ExecutionLog)
{
    /// <summary>The view of an instance and its log.</summary>
    public static InstanceDetails From(WorkflowInstance instance, IReadOnlyList<ActivityExecutionRecord> log)
    {
        var state = instance.State;
        return new InstanceDetails(
            InstanceSummary.From(instance),
            state.Input,
            state.Variables,
            state.Output,
            [.. state.Bookmarks.Select(b => new BookmarkView(b.Id, b.ActivityId, b.Name, b.Key, b.CreatedAt))],
            state.Incidents,
            log);
    }
}
