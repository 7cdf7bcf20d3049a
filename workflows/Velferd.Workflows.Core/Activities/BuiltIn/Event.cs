using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Activities.BuiltIn;

/// <summary>
/// Waits for a named event (Elsa's <c>Elsa.Event</c>). A signal with that name (and the instance's correlation
/// id, when it names one) resumes it; the signal's payload becomes the output.
/// </summary>
[Activity("Elsa.Event", Category = "Hendelser", DisplayName = "Vent på hendelse", Description = "Venter til en navngitt hendelse kommer inn.", Kind = ActivityKind.Trigger)]
public sealed class Event : Activity<EventInput, EventOutput>
{
    /// <summary>The bookmark name signals look for.</summary>
    public const string BookmarkName = "Elsa.Event";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(EventInput input, ActivityContext context, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(input.EventName)
            ? ValueTask.FromResult(ActivityResult.Fault("The event activity needs an event name."))
            : ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(BookmarkName, input.EventName)));

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(EventInput input, ActivityContext context, CancellationToken cancellationToken) =>
        Done(new EventOutput { Result = context.ResumePayload?.DeepClone() });
}

/// <summary>Input of <see cref="Event"/>.</summary>
public sealed record EventInput
{
    /// <summary>The event's name.</summary>
    [Input(DisplayName = "Hendelsesnavn")]
    public string? EventName { get; init; }
}

/// <summary>Output of <see cref="Event"/>.</summary>
public sealed record EventOutput
{
    /// <summary>The payload the event carried.</summary>
    [Output(DisplayName = "Resultat")]
    public JsonNode? Result { get; init; }
}
