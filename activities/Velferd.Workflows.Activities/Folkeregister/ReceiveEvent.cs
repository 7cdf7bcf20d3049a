using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>
/// Where a pathway starts on a Folkeregisteret event (hendelse), such as a birth starting the helsestasjon programme
/// (DOMAIN.md AS-20). A process owner binds a pathway by placing this activity in it, with the event type, and
/// publishing; each event starts it once, however often the feed delivers it.
/// </summary>
/// <remarks>Reads only its instance's input, so running it again is harmless.</remarks>
[Activity("Velferd.Folkeregister.MottaHendelse", Category = "Folkeregisteret", DisplayName = "Motta hendelse",
    Description = "Starter forløpet når Folkeregisteret melder en hendelse (fødsel, flytting, dødsfall …).",
    Kind = ActivityKind.Trigger)]
public sealed class ReceiveEvent : Activity<ReceiveEventInput, ReceiveEventOutput>
{
    /// <summary>The instance input that carries the event.</summary>
    public const string InputName = "folkeregisterHendelse";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(ReceiveEventInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (context.WorkflowInput.GetValueOrDefault(InputName) is not JsonObject received)
        {
            return ValueTask.FromResult(ActivityResult.Fault("Forløpet må startes av en hendelse fra Folkeregisteret."));
        }

        return Done(new ReceiveEventOutput
        {
            EventId = received["hendelsesidentifikator"]?.GetValue<string>(),
            EventType = received["hendelsetype"]?.GetValue<string>(),
            IdentityNumber = received["folkeregisteridentifikator"]?.GetValue<string>(),
        });
    }

    /// <summary>The start input for an event.</summary>
    internal static JsonObject Input(FolkeregisterEvent e) => new()
    {
        ["sekvensnummer"] = e.Sequence,
        ["hendelsesidentifikator"] = e.EventId,
        ["hendelsetype"] = e.EventType,
        ["folkeregisteridentifikator"] = e.IdentityNumber,
    };
}

/// <summary>Input of <see cref="ReceiveEvent"/>.</summary>
public sealed record ReceiveEventInput
{
    /// <summary>The event type that starts the pathway.</summary>
    [Input(DisplayName = "Hendelsestype", UIHint = "dropdown", Options = ["Foedsel", "Flytting", "Doedsfall", "Foreldreansvar", "Adressebeskyttelse"],
        OptionTexts = ["Fødsel", "Flytting", "Dødsfall", "Foreldreansvar", "Adressebeskyttelse"],
        DefaultValue = "Foedsel", Description = "Hvilken hendelse i Folkeregisteret som starter forløpet.")]
    public string? EventType { get; init; }

    /// <summary>The team whose pathway the event starts (its members see the instance, its deadlines and tasks); none when blank.</summary>
    [Input(DisplayName = "Team", Description = "Teamet som eier forløpene hendelsen starter: det ser forløpet, fristene og oppgavene. Tomt: bare administratorer og prosesseiere ser det.")]
    public string? Team { get; init; }
}

/// <summary>Output of <see cref="ReceiveEvent"/>.</summary>
public sealed record ReceiveEventOutput
{
    /// <summary>Folkeregisteret's event id.</summary>
    [Output(DisplayName = "Hendelses-id")]
    public string? EventId { get; init; }

    /// <summary>The event type.</summary>
    [Output(DisplayName = "Hendelsestype")]
    public string? EventType { get; init; }

    /// <summary>The person the event is about.</summary>
    [Output(DisplayName = "Fødselsnummer")]
    public string? IdentityNumber { get; init; }
}
