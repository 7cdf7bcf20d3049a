using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>How a user task waits: a bookmark with this name, keyed by the task id, resumed with a completion.</summary>
public static class HumanTaskBookmark
{
    /// <summary>The bookmark name (the activity's type name).</summary>
    public const string Name = "Velferd.UserTask";

    /// <summary>Cancellation reason when the bookmark was removed without a completion (its branch ended).</summary>
    public const string BranchEndedReason = "Grenen i forløpet som opprettet oppgaven ble avsluttet.";

    /// <summary>Cancellation reason when the task's interrupting deadline passed (the flow left on «Overskredet»).</summary>
    public const string DeadlinePassedReason = "Fristen for oppgaven ble overskredet.";

    /// <summary>Cancellation reason when the whole instance was cancelled.</summary>
    public const string InstanceCancelledReason = "Forløpet ble avbrutt.";

    /// <summary>Cancellation reason when the instance faulted.</summary>
    public const string InstanceFaultedReason = "Forløpet stoppet med en feil.";

    /// <summary>The resume payload of a completed task: what the activity outputs.</summary>
    public static JsonObject CompletionPayload(HumanTask completed) => new()
    {
        ["taskId"] = completed.Id,
        ["outcome"] = completed.Outcome,
        ["form"] = completed.FormData?.DeepClone(),
        ["completedBy"] = completed.CompletedBy,
    };
}
