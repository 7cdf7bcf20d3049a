using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Core.SubWorkflows;

/// <summary>
/// How a parent starts a child instance and learns that it finished. The child's start is a stimulus stored in the
/// parent's burst; the parent waits on a bookmark keyed by the child's id; the child's last burst stores a
/// <see cref="StimulusKind.ChildFinished"/> stimulus in its own commit, which resumes that bookmark. Every step is a
/// row written in the transaction that causes it, so a process killed anywhere in between loses nothing, and the
/// resume's idempotency key makes the parent resume exactly once.
/// </summary>
public static class ChildWorkflows
{
    /// <summary>The bookmark a parent waits on; its key is the child instance's id.</summary>
    public const string BookmarkName = "Velferd.ChildWorkflow";

    /// <summary>
    /// Stores the start of a child instance of <paramref name="version"/> with the burst and returns the child's id.
    /// The child belongs to the parent's team and, unless given another, to the parent's case (correlation id), and is
    /// a test run when the parent is one.
    /// </summary>
    public static string Start(ActivityContext context, WorkflowDefinition version, JsonObject input, string? correlationId, bool parentWaits)
    {
        var now = context.Now;
        var childId = Ids.New(now);
        context.AddStimulus(new Stimulus
        {
            Id = Ids.New(now),
            Kind = StimulusKind.Start,
            IdempotencyKey = $"start/{childId}",
            WorkflowInstanceId = childId,
            DefinitionVersionId = version.Id,
            CorrelationId = string.IsNullOrWhiteSpace(correlationId) ? context.CorrelationId : TestRuns.Correlation(correlationId, context.TestRunBy),
            Team = context.Team,

            // A test run's children are test runs too: their tasks, deadlines and service calls stay out of real work.
            TestRunBy = context.TestRunBy,
            EventName = parentWaits ? BookmarkName : null,
            Payload = input,
            CreatedAt = now,
            AvailableAt = now,
        });
        return childId;
    }

    /// <summary>Waits until the child <paramref name="childId"/> finishes.</summary>
    public static ActivityResult WaitFor(string childId) => ActivityResult.Suspend(new BookmarkRequest(BookmarkName, childId));

    /// <summary>The report a finished child stores in its last commit for the parent that waits for it.</summary>
    public static Stimulus Finished(WorkflowInstance child, IReadOnlyList<string> outcomes, DateTimeOffset now)
    {
        var output = new JsonObject();
        foreach (var (name, value) in child.State.Output)
        {
            output[name] = value?.DeepClone();
        }

        return new Stimulus
        {
            Id = Ids.New(now),
            Kind = StimulusKind.ChildFinished,
            IdempotencyKey = $"child-finished/{child.Id}",
            WorkflowInstanceId = child.Id,
            Payload = new JsonObject
            {
                ["instanceId"] = child.Id,
                ["subStatus"] = child.SubStatus.ToString(),
                ["output"] = output,
                ["outcomes"] = new JsonArray([.. outcomes.Select(o => (JsonNode)JsonValue.Create(o))]),
            },
            CreatedAt = now,
            AvailableAt = now,
        };
    }

    /// <summary>Reads what a finished child reported (the payload of the parent's resume).</summary>
    public static ChildResult Read(JsonNode? payload)
    {
        var subStatus = Enum.TryParse<WorkflowSubStatus>(payload?["subStatus"]?.GetValue<string>(), out var parsed) ? parsed : WorkflowSubStatus.Faulted;
        var outcomes = (payload?["outcomes"] as JsonArray ?? []).Select(o => o?.GetValue<string>()).OfType<string>().ToList();
        return new ChildResult(
            payload?["instanceId"]?.GetValue<string>() ?? "",
            subStatus,
            (payload?["output"] as JsonObject)?.DeepClone().AsObject() ?? [],
            outcomes);
    }

    /// <summary>
    /// The parent's step once the child has ended: a finished child completes it (on the child's outcomes when a
    /// port has that name, else <c>Done</c>); a faulted or cancelled child faults it, naming the child instance.
    /// </summary>
    public static ActivityResult Resume(ChildResult child, object? output, IReadOnlyCollection<string>? ports = null)
    {
        if (child.SubStatus != WorkflowSubStatus.Finished)
        {
            return ActivityResult.Fault($"The child instance {child.InstanceId} ended {child.SubStatus}.");
        }

        var outcomes = ports is null ? [] : child.Outcomes.Where(ports.Contains).ToList();
        return outcomes.Count == 0 ? ActivityResult.Done(output) : ActivityResult.Outcomes(outcomes, output);
    }

    /// <summary>Copies an input given as an object (or nothing) into the child's start input.</summary>
    public static JsonObject InputOf(JsonNode? input) =>
        input is JsonObject map ? map.DeepClone().AsObject() : [];
}

/// <summary>What a finished child reported.</summary>
/// <param name="InstanceId">The child instance.</param>
/// <param name="SubStatus">How it ended (<c>Finished</c>, <c>Faulted</c>, <c>Cancelled</c>).</param>
/// <param name="Output">Its outputs by name.</param>
/// <param name="Outcomes">The outcomes it completed with (<c>Elsa.Complete</c>), if any.</param>
public sealed record ChildResult(string InstanceId, WorkflowSubStatus SubStatus, JsonObject Output, IReadOnlyList<string> Outcomes);
