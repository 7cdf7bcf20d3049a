using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.SvarUt;

/// <summary>
/// Sends a letter to an organisation (a school, a kindergarten, NAV) through KS Fiks SvarUt, via the outbox, and
/// waits for SvarUt's receipt. SvarUt delivers digitally where the recipient can take it and prints otherwise,
/// unless print is forbidden.
/// </summary>
/// <remarks>
/// Outcomes: <c>Sendt</c> (with shipment id and channel), <c>UgyldigOrganisasjonsnummer</c> (nothing is sent),
/// <c>Feilet</c> (the call became an incident and an operator gave it up). Sent at least once with one idempotency
/// key, so SvarUt ships it once.
/// </remarks>
[Activity("Velferd.SvarUt.SendForsendelse", Category = "Post og arkiv", DisplayName = "Send forsendelse (SvarUt)",
    Description = "Sender brev til en virksomhet gjennom SvarUt, digitalt eller på papir.",
    Outcomes = [Sent, InvalidNumber, Failed])]
public sealed class SendShipment : Activity<SendShipmentInput, SendShipmentOutput>
{
    /// <summary>Outcome: SvarUt accepted the shipment.</summary>
    public const string Sent = "Sendt";

    /// <summary>Outcome: the organisation number fails its check digit.</summary>
    public const string InvalidNumber = "UgyldigOrganisasjonsnummer";

    /// <summary>Outcome: the call was given up after an incident.</summary>
    public const string Failed = "Feilet";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(SendShipmentInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (!OrganisationNumber.IsValid(input.OrganisationNumber))
        {
            return Outcome(InvalidNumber);
        }

        var payload = new JsonObject
        {
            ["organisationNumber"] = input.OrganisationNumber,
            ["title"] = input.Title ?? "",
            ["documentReference"] = input.DocumentReference ?? "",
            ["digitalOnly"] = input.DigitalOnly,
        };
        return ValueTask.FromResult(OutboxCalls.Call(context, SvarUtHttpClient.ServiceName, SvarUtOutboxHandler.SendOperation, payload));
    }

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(SendShipmentInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var reply = context.ResumePayload;
        return OutboxReplies.StatusOf(reply) == "sent"
            ? Outcome(Sent, new SendShipmentOutput
            {
                ShipmentId = reply?["shipmentId"]?.GetValue<string>(),
                Channel = reply?["channel"]?.GetValue<string>(),
            })
            : Outcome(Failed);
    }
}

/// <summary>Input of <see cref="SendShipment"/>.</summary>
public sealed record SendShipmentInput
{
    /// <summary>The recipient organisation's number.</summary>
    [Input(DisplayName = "Mottakers organisasjonsnummer", Description = "Organisasjonsnummer (9 siffer).")]
    public string? OrganisationNumber { get; init; }

    /// <summary>The shipment's title.</summary>
    [Input(DisplayName = "Tittel", Description = "Skjermet tittel uten navn eller fødselsnummer.")]
    public string? Title { get; init; }

    /// <summary>The document to send.</summary>
    [Input(DisplayName = "Dokumentreferanse", Description = "Referansen til dokumentet som skal sendes.")]
    public string? DocumentReference { get; init; }

    /// <summary>True forbids print.</summary>
    [Input(DisplayName = "Kun digital levering", Description = "Ikke send på papir om mottakeren ikke kan ta imot digitalt.")]
    public bool DigitalOnly { get; init; }
}

/// <summary>Output of <see cref="SendShipment"/>.</summary>
public sealed record SendShipmentOutput
{
    /// <summary>SvarUt's shipment id.</summary>
    [Output(DisplayName = "Forsendelses-id")]
    public string? ShipmentId { get; init; }

    /// <summary><c>Digital</c> or <c>Print</c>.</summary>
    [Output(DisplayName = "Kanal")]
    public string? Channel { get; init; }
}
