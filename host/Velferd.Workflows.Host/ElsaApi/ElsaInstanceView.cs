using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>
/// Our instances and execution log in Elsa Studio's shapes (API.md §4.8). One of our log records is one Elsa
/// activity execution and two journal entries (started or resumed, then how it ended). Node ids are the ones in
/// the definition's <c>root</c>, so the viewer can join them to the diagram.
/// </summary>
public static class ElsaInstanceView
{
    /// <summary>
    /// The payload key the Studio reads an execution's outcomes from. Payloads are dictionaries, whose keys keep Elsa's
    /// PascalCase (the camelCase rule applies to properties only).
    /// </summary>
    public const string OutcomesKey = "Outcomes";

    /// <summary>An instance without its state.</summary>
    public static JsonObject Summary(WorkflowInstance instance) => new()
    {
        ["id"] = instance.Id,
        ["definitionId"] = instance.DefinitionId,
        ["definitionVersionId"] = instance.DefinitionVersionId,
        ["version"] = instance.DefinitionVersion,
        ["status"] = instance.Status.ToString(),
        ["subStatus"] = instance.SubStatus.ToString(),
        ["correlationId"] = instance.CorrelationId,
        ["name"] = instance.Name,
        ["incidentCount"] = instance.State.Incidents.Count,
        ["isSystem"] = false,
        ["createdAt"] = instance.CreatedAt,
        ["updatedAt"] = instance.UpdatedAt,
        ["finishedAt"] = instance.FinishedAt,
    };

    /// <summary>An instance with its state.</summary>
    public static JsonObject Instance(WorkflowInstance instance, IReadOnlyList<ActivityExecutionRecord> log)
    {
        var nodeIds = NodeIdsByActivity(log);
        var state = instance.State;
        var json = Summary(instance);
        json["workflowState"] = new JsonObject
        {
            ["id"] = instance.Id,
            ["definitionId"] = instance.DefinitionId,
            ["definitionVersionId"] = instance.DefinitionVersionId,
            ["definitionVersion"] = instance.DefinitionVersion,
            ["correlationId"] = instance.CorrelationId,
            ["status"] = instance.Status.ToString(),
            ["subStatus"] = instance.SubStatus.ToString(),
            ["bookmarks"] = new JsonArray([.. state.Bookmarks.Select(b => (JsonNode)new JsonObject
            {
                ["id"] = b.Id,
                ["name"] = b.Name,
                ["hash"] = b.Key,
                ["payload"] = b.Payload?.DeepClone(),
                ["activityId"] = b.ActivityId,
                ["activityNodeId"] = nodeIds.GetValueOrDefault(b.ActivityId, b.ActivityId),
                ["activityInstanceId"] = null,
                ["createdAt"] = b.CreatedAt,
                ["autoBurn"] = true,
                ["callbackMethodName"] = null,
                ["autoComplete"] = true,
                ["metadata"] = null,
            })]),
            ["incidents"] = new JsonArray([.. state.Incidents.Select(i => (JsonNode)new JsonObject
            {
                ["activityId"] = i.ActivityId,
                ["activityNodeId"] = i.ActivityId is null ? null : nodeIds.GetValueOrDefault(i.ActivityId, i.ActivityId),
                ["activityType"] = i.ActivityType,
                ["message"] = i.Message,
                ["exception"] = Exception(i.Message),
                ["timestamp"] = i.Timestamp,
            })]),
            ["fault"] = null,
            ["completionCallbacks"] = new JsonArray(),
            ["activityExecutionContexts"] = new JsonArray(),
            ["input"] = ToObject(state.Input),
            ["output"] = ToObject(state.Output),
            ["properties"] = new JsonObject(),
            ["createdAt"] = instance.CreatedAt,
            ["updatedAt"] = instance.UpdatedAt,
            ["finishedAt"] = instance.FinishedAt,
        };
        return json;
    }

    /// <summary>The instance's variables with the ids the definition gave them.</summary>
    public static JsonArray Variables(WorkflowInstance instance, WorkflowDefinition? definition)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        if (definition?.Document["variables"] is JsonArray declared)
        {
            foreach (var variable in declared.OfType<JsonObject>())
            {
                if (variable["name"]?.GetValue<string>() is { } name && variable["id"]?.GetValue<string>() is { } id)
                {
                    ids.TryAdd(name, id);
                }
            }
        }

        return new JsonArray([.. instance.State.Variables.Select(v => (JsonNode)new JsonObject
        {
            ["id"] = ids.GetValueOrDefault(v.Key, v.Key),
            ["name"] = v.Key,
            ["value"] = v.Value?.DeepClone(),
        })]);
    }

    /// <summary>The Elsa id of a log record: instance and record, so a record can be found from its id alone.</summary>
    public static string ExecutionId(ActivityExecutionRecord record) => $"{record.WorkflowInstanceId}:{record.Id}";

    /// <summary>Splits an id made by <see cref="ExecutionId"/>.</summary>
    public static (string InstanceId, string RecordId)? ParseExecutionId(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < id.Length - 1 ? (id[..colon], id[(colon + 1)..]) : null;
    }

    /// <summary>One activity execution (with state when <paramref name="full"/>, else the summary).</summary>
    public static JsonObject Execution(ActivityExecutionRecord record, bool full)
    {
        var json = new JsonObject
        {
            ["id"] = ExecutionId(record),
            ["workflowInstanceId"] = record.WorkflowInstanceId,
            ["activityId"] = record.ActivityId,
            ["activityNodeId"] = record.ActivityNodeId,
            ["activityType"] = record.ActivityType,
            ["activityTypeVersion"] = 1,
            ["activityName"] = record.ActivityName,
            ["startedAt"] = record.StartedAt,
            ["hasBookmarks"] = record.Status == ActivityExecutionStatus.Suspended,
            ["status"] = Status(record.Status),
            ["aggregateFaultCount"] = record.Status == ActivityExecutionStatus.Faulted ? 1 : 0,
            ["completedAt"] = record.Status == ActivityExecutionStatus.Suspended ? null : record.CompletedAt,
            ["metadata"] = new JsonObject(),
        };
        if (full)
        {
            json["activityState"] = new JsonObject();
            json["payload"] = new JsonObject { [OutcomesKey] = new JsonArray([.. record.Outcomes.Select(o => (JsonNode)o)]) };
            json["outputs"] = record.Output is JsonObject output ? output.DeepClone() : new JsonObject();
            json["properties"] = new JsonObject { ["resumed"] = record.Resumed };
            json["exception"] = record.Status == ActivityExecutionStatus.Faulted ? Exception(record.Message) : null;
        }

        return json;
    }

    /// <summary>The journal: a start (or resume) entry and an end entry per log record, in order.</summary>
    public static IEnumerable<JsonObject> Journal(IReadOnlyList<ActivityExecutionRecord> log)
    {
        foreach (var record in log.OrderBy(r => r.Sequence))
        {
            yield return JournalEntry(record, record.Resumed ? "Resumed" : "Started", record.StartedAt, record.Sequence * 2, null);
            var end = record.Status switch
            {
                ActivityExecutionStatus.Completed => "Completed",
                ActivityExecutionStatus.Suspended => "Suspended",
                ActivityExecutionStatus.Faulted => "Faulted",
                _ => "Canceled",
            };
            yield return JournalEntry(record, end, record.CompletedAt, (record.Sequence * 2) + 1, record.Message);
        }
    }

    /// <summary>Per node: how often it started and completed, and whether it waits or faulted.</summary>
    public static JsonArray Report(WorkflowInstance instance, IReadOnlyList<ActivityExecutionRecord> log, IReadOnlyCollection<string>? nodeIds)
    {
        var blocked = instance.State.Bookmarks.Select(b => b.ActivityId).ToHashSet(StringComparer.Ordinal);
        var stats = new JsonArray();
        foreach (var group in log.GroupBy(r => r.ActivityNodeId, StringComparer.Ordinal))
        {
            if (nodeIds is { Count: > 0 } && !nodeIds.Contains(group.Key))
            {
                continue;
            }

            var started = group.Count(r => !r.Resumed);
            var completed = group.Count(r => r.Status == ActivityExecutionStatus.Completed);
            stats.Add(new JsonObject
            {
                ["activityId"] = group.First().ActivityId,
                ["activityNodeId"] = group.Key,
                ["startedCount"] = started,
                ["completedCount"] = completed,
                ["uncompletedCount"] = Math.Max(0, started - completed),
                ["isBlocked"] = blocked.Contains(group.First().ActivityId),
                ["isFaulted"] = group.Any(r => r.Status == ActivityExecutionStatus.Faulted),
                ["metadata"] = new JsonObject(),
            });
        }

        return stats;
    }

    private static JsonObject JournalEntry(ActivityExecutionRecord record, string eventName, DateTimeOffset timestamp, long sequence, string? message) => new()
    {
        ["id"] = $"{ExecutionId(record)}:{eventName}",
        ["activityInstanceId"] = ExecutionId(record),
        ["parentActivityInstanceId"] = null,
        ["activityId"] = record.ActivityId,
        ["activityType"] = record.ActivityType,
        ["activityTypeVersion"] = 1,
        ["activityName"] = record.ActivityName,
        ["nodeId"] = record.ActivityNodeId,
        ["timestamp"] = timestamp,
        ["sequence"] = sequence,
        ["eventName"] = eventName,
        ["message"] = message,
        ["source"] = null,
        ["activityState"] = null,
        ["payload"] = null,
    };

    private static string Status(ActivityExecutionStatus status) => status switch
    {
        ActivityExecutionStatus.Completed => "Completed",
        ActivityExecutionStatus.Suspended => "Running",
        ActivityExecutionStatus.Faulted => "Faulted",
        _ => "Canceled",
    };

    private static JsonObject Exception(string? message) => new()
    {
        ["type"] = "Velferd.ActivityFault",
        ["message"] = message ?? "",
        ["stackTrace"] = null,
        ["innerException"] = null,
    };

    private static Dictionary<string, string> NodeIdsByActivity(IReadOnlyList<ActivityExecutionRecord> log)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in log)
        {
            map.TryAdd(record.ActivityId, record.ActivityNodeId);
        }

        return map;
    }

    private static JsonObject ToObject(IReadOnlyDictionary<string, JsonNode?> values)
    {
        var json = new JsonObject();
        foreach (var (key, value) in values)
        {
            json[key] = value?.DeepClone();
        }

        return json;
    }
}
