using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Identity;

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
public sealed class SendShipment : ServiceCallActivity<SendShipmentInput, SendShipmentOutput, SvarUtShipment, SvarUtShipmentReply>
{
    /// <summary>Outcome: SvarUt accepted the shipment.</summary>
    public const string Sent = "Sendt";

    /// <summary>Outcome: the organisation number fails its check digit.</summary>
    public const string InvalidNumber = "UgyldigOrganisasjonsnummer";

    /// <inheritdoc />
    protected override string InvalidInputOutcome => InvalidNumber;

    /// <inheritdoc />
    protected override SvarUtShipment? RequestFor(SendShipmentInput input) => OrganisationNumber.IsValid(input.OrganisationNumber)
        ? new SvarUtShipment(input.OrganisationNumber!, input.Title ?? "", input.DocumentReference ?? "", input.DigitalOnly)
        : null;

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> Resumed(SvarUtShipmentReply reply) => reply.Status == SvarUtShipmentReply.Sent
        ? Outcome(Sent, new SendShipmentOutput { ShipmentId = reply.ShipmentId, Channel = reply.Channel })
        : Outcome(Failed);
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
