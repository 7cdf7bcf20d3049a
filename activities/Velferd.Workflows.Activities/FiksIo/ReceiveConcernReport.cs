using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>
/// Where a pathway starts when a bekymringsmelding arrives through Fiks IO (DOMAIN.md P3 trigger). A process owner
/// binds a pathway to incoming meldinger by placing this activity in it and publishing; the receiver then starts
/// that pathway once per melding, with the melding as input, and this activity hands it on.
/// </summary>
/// <remarks>
/// Outcomes: <c>Mottatt</c>, or <c>IdentitetUavklart</c> when a child's fødselsnummer fails the check digits: the
/// melding is kept and the child flagged <c>IDENTITET_UAVKLART</c>, never dropped (DOMAIN.md AS-09). Reads only its
/// instance's input, so running it again is harmless.
/// </remarks>
[Activity("Velferd.FiksIo.MottaBekymringsmelding", Category = "Fiks IO", DisplayName = "Motta bekymringsmelding",
    Description = "Starter forløpet når en bekymringsmelding kommer inn via Fiks IO.",
    Kind = ActivityKind.Trigger, Outcomes = [Received, UnresolvedIdentity])]
public sealed class ReceiveConcernReport : Activity<ReceiveConcernReportInput, ReceiveConcernReportOutput>
{
    /// <summary>Outcome: received, every child identified or unborn.</summary>
    public const string Received = "Mottatt";

    /// <summary>Outcome: received, and at least one child's identity must be clarified.</summary>
    public const string UnresolvedIdentity = "IdentitetUavklart";

    /// <summary>The instance input that carries the received melding.</summary>
    public const string InputName = "fiksIoMelding";

    /// <summary>The <see cref="ReceiveConcernReportInput.MessageTypes"/> value that takes both kinds.</summary>
    public const string AllTypes = "Alle";

    /// <summary>The <see cref="ReceiveConcernReportInput.MessageTypes"/> value for professional reporters.</summary>
    public const string PublicOnly = "Offentlig";

    /// <summary>The <see cref="ReceiveConcernReportInput.MessageTypes"/> value for private reporters.</summary>
    public const string PrivateOnly = "Privat";

    /// <summary>The child status of a fødselsnummer that fails the check digits (AS-09).</summary>
    public const string IdentityUnresolved = "IDENTITET_UAVKLART";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(ReceiveConcernReportInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (context.WorkflowInput.GetValueOrDefault(InputName) is not JsonObject received)
        {
            return ValueTask.FromResult(ActivityResult.Fault("Forløpet må startes av en innkommende bekymringsmelding."));
        }

        var children = received["barn"] as JsonArray ?? [];
        var unresolved = children.Any(c => c?["identitetsstatus"]?.GetValue<string>() == IdentityUnresolved);
        var output = new ReceiveConcernReportOutput
        {
            MessageId = received["meldingId"]?.GetValue<string>(),
            MessageType = received["meldingType"]?.GetValue<string>(),
            SenderAccount = received["avsenderKontoId"]?.GetValue<string>(),
            Report = received["melding"]?.DeepClone(),
            Children = children.DeepClone(),
            HasUnresolvedIdentity = unresolved,
        };
        context.Message = unresolved ? "Meldingen er tatt imot; minst ett barn har uavklart identitet." : "Meldingen er tatt imot.";
        return Outcome(unresolved ? UnresolvedIdentity : Received, output);
    }

    /// <summary>True when a trigger with these stored inputs takes meldinger of <paramref name="messageType"/>.</summary>
    internal static bool Accepts(JsonObject activity, string messageType) =>
        Triggers.PathwayTriggers.LiteralInput(activity, "messageTypes") switch
        {
            PublicOnly => messageType == ConcernReportMessageTypes.Public,
            PrivateOnly => messageType == ConcernReportMessageTypes.Private,
            _ => true,
        };
}

/// <summary>Input of <see cref="ReceiveConcernReport"/>.</summary>
public sealed record ReceiveConcernReportInput
{
    /// <summary>Which meldinger start the pathway.</summary>
    [Input(DisplayName = "Meldingstyper", UIHint = "dropdown",
        Options = [ReceiveConcernReport.AllTypes, ReceiveConcernReport.PublicOnly, ReceiveConcernReport.PrivateOnly],
        DefaultValue = ReceiveConcernReport.AllTypes,
        Description = "Offentlig = fra ansatte i offentlige tjenester, Privat = fra privatpersoner.")]
    public string? MessageTypes { get; init; }
}

/// <summary>Output of <see cref="ReceiveConcernReport"/>.</summary>
public sealed record ReceiveConcernReportOutput
{
    /// <summary>Fiks IO's message id (answer the receipt to it).</summary>
    [Output(DisplayName = "Meldings-id")]
    public string? MessageId { get; init; }

    /// <summary>The message type (<c>…offentlig.v2</c> or <c>…privat.v2</c>).</summary>
    [Output(DisplayName = "Meldingstype")]
    public string? MessageType { get; init; }

    /// <summary>The sender's Fiks IO account (receipts go there).</summary>
    [Output(DisplayName = "Avsenders konto")]
    public string? SenderAccount { get; init; }

    /// <summary>The melding as received (schema-valid).</summary>
    [Output(DisplayName = "Melding")]
    public JsonNode? Report { get; init; }

    /// <summary>One entry per child: its number (if any), whether unborn, and <c>identitetsstatus</c>.</summary>
    [Output(DisplayName = "Barn")]
    public JsonNode? Children { get; init; }

    /// <summary>True when a child's identity must be clarified (a task «avklar identitet», AS-09).</summary>
    [Output(DisplayName = "Har uavklart identitet")]
    public bool HasUnresolvedIdentity { get; init; }
}
