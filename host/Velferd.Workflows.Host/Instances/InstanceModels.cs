using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Host.Instances;

/// <summary>Request to start an instance.</summary>
/// <param name="DefinitionId">The pathway.</param>
/// <param name="Version">A version number, or <c>Published</c> (default) / <c>Latest</c>.</param>
/// <param name="CorrelationId">The case id.</param>
/// <param name="Input">Start input.</param>
public sealed record StartInstanceRequest(string? DefinitionId, string? Version, string? CorrelationId, JsonObject? Input);

/// <summary>An instance in a list.</summary>
public sealed record InstanceSummary(
    string Id,
    string DefinitionId,
    string DefinitionVersionId,
    int DefinitionVersion,
    string? Name,
    string? CorrelationId,
    WorkflowStatus Status,
    WorkflowSubStatus SubStatus,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt)
{
    /// <summary>The summary of an instance.</summary>
    public static InstanceSummary From(WorkflowInstance i) => new(
        i.Id, i.DefinitionId, i.DefinitionVersionId, i.DefinitionVersion, i.Name, i.CorrelationId, i.Status, i.SubStatus, i.CreatedAt, i.UpdatedAt, i.FinishedAt);
}

/// <summary>A page of instances with the cursor for the next.</summary>
public sealed record InstanceList(IReadOnlyList<InstanceSummary> Items, string? NextCursor, long TotalCount);

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

/// <summary>What an instance waits for.</summary>
public sealed record BookmarkView(string Id, string ActivityId, string Name, string? Key, DateTimeOffset CreatedAt);

/// <summary>A request to send a named event.</summary>
/// <param name="CorrelationId">Only instances of this case; null reaches every waiting instance.</param>
/// <param name="Payload">What the event carries.</param>
public sealed record SignalRequest(string? CorrelationId, JsonNode? Payload);

/// <summary>The durable stimulus a request became.</summary>
public sealed record StimulusAccepted(string StimulusId);
