using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Activities;

/// <summary>What an activity reports back to the runner.</summary>
public enum ActivityResultKind
{
    /// <summary>Completed; the flowchart follows the named outcome ports.</summary>
    Outcomes,

    /// <summary>Waits on a bookmark; a later stimulus resumes it.</summary>
    Suspend,

    /// <summary>A business fault: the instance is faulted and an incident recorded.</summary>
    Fault,

    /// <summary>Completes the whole workflow, cancelling every other path.</summary>
    CompleteWorkflow,

    /// <summary>
    /// Runs the activity's embedded body (a loop's iteration, or one body per item at once); when every body it asked
    /// for has finished, the runner resumes the activity to decide what comes next.
    /// </summary>
    RunBody,
}

/// <summary>
/// The result of executing or resuming an activity. Business outcomes are results, never exceptions
/// (an exception means something unexpected happened).
/// </summary>
public sealed class ActivityResult
{
    /// <summary>The port an activity with a single outcome completes on.</summary>
    public const string DefaultOutcome = "Done";

    private static readonly ActivityResult DoneWithoutOutput = new(ActivityResultKind.Outcomes, [DefaultOutcome], null, null, null);

    private ActivityResult(
        ActivityResultKind kind, IReadOnlyList<string> outcomes, object? output, BookmarkRequest? bookmark, string? faultMessage,
        IReadOnlyList<JsonObject>? bodies = null, JsonNode? containerState = null)
    {
        Bodies = bodies ?? [];
        ContainerState = containerState;
        Kind = kind;
        OutcomeNames = outcomes;
        Output = output;
        Bookmark = bookmark;
        FaultMessage = faultMessage;
    }

    /// <summary>What happened.</summary>
    public ActivityResultKind Kind { get; }

    /// <summary>The ports to follow (for <see cref="ActivityResultKind.Outcomes"/>) or the workflow's outcomes.</summary>
    public IReadOnlyList<string> OutcomeNames { get; }

    /// <summary>The activity's output record, if any.</summary>
    public object? Output { get; }

    /// <summary>The bookmark to wait on (for <see cref="ActivityResultKind.Suspend"/>).</summary>
    public BookmarkRequest? Bookmark { get; }

    /// <summary>Why the activity faulted.</summary>
    public string? FaultMessage { get; }

    /// <summary>
    /// For <see cref="ActivityResultKind.RunBody"/>: one entry per body run to start, holding the variables that run
    /// sees besides the workflow's (Elsa's <c>CurrentValue</c> and <c>CurrentIndex</c>).
    /// </summary>
    public IReadOnlyList<JsonObject> Bodies { get; }

    /// <summary>For <see cref="ActivityResultKind.RunBody"/>: what the activity keeps until its bodies finish (a loop's position).</summary>
    public JsonNode? ContainerState { get; }

    /// <summary>Completed on the <c>Done</c> port.</summary>
    public static ActivityResult Done(object? output = null) =>
        output is null ? DoneWithoutOutput : new(ActivityResultKind.Outcomes, [DefaultOutcome], output, null, null);

    /// <summary>Completed on one named port.</summary>
    public static ActivityResult Outcome(string outcome, object? output = null) =>
        new(ActivityResultKind.Outcomes, [outcome], output, null, null);

    /// <summary>Completed on several ports at once (a fork).</summary>
    public static ActivityResult Outcomes(IReadOnlyList<string> outcomes, object? output = null) =>
        new(ActivityResultKind.Outcomes, outcomes, output, null, null);

    /// <summary>Waits until a stimulus resumes the bookmark.</summary>
    public static ActivityResult Suspend(BookmarkRequest bookmark) =>
        new(ActivityResultKind.Suspend, [], null, bookmark, null);

    /// <summary>Faults the instance with a message operators will read.</summary>
    public static ActivityResult Fault(string message) =>
        new(ActivityResultKind.Fault, [], null, null, message);

    /// <summary>Runs the embedded body once per entry of <paramref name="bodies"/> (at once), then resumes the activity.</summary>
    public static ActivityResult RunBody(IReadOnlyList<JsonObject> bodies, JsonNode? containerState = null, object? output = null) =>
        new(ActivityResultKind.RunBody, [], output, null, null, bodies, containerState);

    /// <summary>Completes the workflow now, cancelling every other path.</summary>
    public static ActivityResult CompleteWorkflow(IReadOnlyList<string> outcomes) =>
        new(ActivityResultKind.CompleteWorkflow, outcomes, null, null, null);
}

/// <summary>What an activity waits for.</summary>
/// <param name="Name">The kind of wait, normally the activity type (e.g. <c>Elsa.Event</c>).</param>
/// <param name="Key">What resumes it, e.g. the event name; signals are matched on name and key.</param>
/// <param name="Payload">Data the activity needs when it is resumed.</param>
public sealed record BookmarkRequest(string Name, string? Key = null, JsonNode? Payload = null);
