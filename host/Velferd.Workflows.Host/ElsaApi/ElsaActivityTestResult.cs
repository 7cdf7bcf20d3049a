using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>
/// What the Test tab shows: the activity's status in Elsa's spelling, its outputs, a fault as an exception, and in the
/// payload the outcomes it took, what it would wait for and the effects it asked for (not carried out).
/// </summary>
public sealed record ElsaActivityTestResult(JsonObject ActivityState, JsonObject Payload, JsonNode? Outputs, JsonObject? Exception, string Status)
{
    /// <summary>The result of the one-activity burst.</summary>
    public static ElsaActivityTestResult From(ActivityExecutionRecord? record, BurstResult burst)
    {
        var payload = new JsonObject
        {
            [ElsaInstanceView.OutcomesKey] = new JsonArray([.. (record?.Outcomes ?? []).Select(o => (JsonNode?)o)]),
            ["waitsFor"] = new JsonArray([.. burst.AddedBookmarks.Select(b => (JsonNode?)b.Name)]),
            ["effectsNotCarriedOut"] = new JsonArray([.. burst.Effects.Select(e => (JsonNode?)e.GetType().Name)]),
        };
        if (record?.Message is { } message)
        {
            payload["message"] = message;
        }

        var status = record?.Status switch
        {
            ActivityExecutionStatus.Completed => "Completed",
            ActivityExecutionStatus.Suspended => "Running",
            ActivityExecutionStatus.Cancelled => "Canceled",
            _ => "Faulted",
        };
        var exception = status == "Faulted"
            ? new JsonObject { ["type"] = "ActivityFault", ["message"] = burst.Instance.State.Incidents.LastOrDefault()?.Message ?? record?.Message ?? "The activity faulted.", ["stackTrace"] = null, ["innerException"] = null }
            : null;
        return new ElsaActivityTestResult(new JsonObject(), payload, record?.Output?.DeepClone(), exception, status);
    }
}
