using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Activities.BuiltIn;

/// <summary>
/// Waits for a named event (Elsa's <c>Elsa.Event</c>). A signal with that name (and the instance's correlation
/// id, when it names one) resumes it; the signal's payload becomes the output. A user's signal must name the case
/// unless the process owner marked the event as broadcast (<see cref="EventInput.Broadcast"/>).
/// </summary>
[Activity("Elsa.Event", Category = "Hendelser", DisplayName = "Vent på hendelse", Description = "Venter til en navngitt hendelse kommer inn.", Kind = ActivityKind.Trigger)]
public sealed class Event : Activity<EventInput, EventOutput>
{
    /// <summary>The bookmark name signals look for.</summary>
    public const string BookmarkName = "Elsa.Event";

    /// <summary>The bookmark name of an event marked as broadcast: a user's signal without a case id reaches only these.</summary>
    public const string BroadcastBookmarkName = "Elsa.Event.Broadcast";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(EventInput input, ActivityContext context, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(input.EventName)
            ? ValueTask.FromResult(ActivityResult.Fault("The event activity needs an event name."))
            : ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(input.Broadcast ? BroadcastBookmarkName : BookmarkName, input.EventName)));

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(EventInput input, ActivityContext context, CancellationToken cancellationToken) =>
        Done(new EventOutput { Result = context.ResumePayload?.DeepClone() });
}

/// <summary>Input of <see cref="Event"/>.</summary>
public sealed record EventInput
{
    /// <summary>The event's name.</summary>
    [Input(DisplayName = "Hendelsesnavn", Description = "Navnet forløpet venter på, f.eks. «SamtykkeAvklart»; sendes med POST /api/signals/{navn}.", IsRequired = true)]
    public string? EventName { get; init; }

    /// <summary>
    /// True when a signal that names no case may resume this wait in every instance the sender may act on (a
    /// municipality-wide event); otherwise a user's signal must name the instance's case.
    /// </summary>
    [Input(DisplayName = "Kringkastes", Description = "Kan hendelsen sendes uten saks-id til alle forløp som venter på den?")]
    public bool Broadcast { get; init; }
}

/// <summary>Output of <see cref="Event"/>.</summary>
public sealed record EventOutput
{
    /// <summary>The payload the event carried.</summary>
    [Output(DisplayName = "Resultat")]
    public JsonNode? Result { get; init; }
}
