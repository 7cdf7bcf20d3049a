using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Identity;

namespace Velferd.Workflows.Activities.DigitalPost;

/// <summary>
/// Sends a letter to a citizen (DOMAIN.md R-70): digital post when KRR allows it, print when the person is reserved or
/// not active, blocked for manual handling at a strictly confidential address. Channel chosen just before
/// sending, by the outbox handler.
/// </summary>
/// <remarks>
/// Outcomes: <c>Sendt</c> (with the channel), <c>ManuellHandtering</c> (blocked: protected address, unknown or
/// deceased person), <c>UgyldigFodselsnummer</c>, <c>Feilet</c>. Sent at least once with one idempotency key, so the
/// letter goes once.
/// </remarks>
[Activity("Velferd.DigitalPost.SendBrev", Category = "Post og arkiv", DisplayName = "Send brev",
    Description = "Sender brev digitalt (DPI) eller på papir etter KRR; stoppes ved strengt fortrolig adresse.",
    Outcomes = [Sent, ManualHandling, InvalidNumber, Failed])]
public sealed class SendLetter(IIdentityNumberValidator validator)
    : ServiceCallActivity<SendLetterInput, SendLetterOutput, SendLetterRequest, SendLetterReply>
{
    /// <summary>Outcome: sent by digital post or print.</summary>
    public const string Sent = "Sendt";

    /// <summary>Outcome: not sent; a person must handle it.</summary>
    public const string ManualHandling = "ManuellHandtering";

    /// <summary>Outcome: the number fails the check digits.</summary>
    public const string InvalidNumber = "UgyldigFodselsnummer";

    /// <inheritdoc />
    protected override string InvalidInputOutcome => InvalidNumber;

    /// <inheritdoc />
    protected override SendLetterRequest? RequestFor(SendLetterInput input) => validator.IsValid(input.IdentityNumber)
        ? new SendLetterRequest(input.IdentityNumber!, input.Title ?? "", input.DocumentReference ?? "")
        : null;

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> Resumed(SendLetterReply reply) => reply.Status switch
    {
        SendLetterReply.Sent => Outcome(Sent, new SendLetterOutput { Channel = reply.Channel, ShipmentId = reply.ShipmentId }),
        SendLetterReply.Blocked => Outcome(ManualHandling, new SendLetterOutput { Channel = nameof(LetterChannel.Blocked), BlockReason = reply.Reason }),
        _ => Outcome(Failed),
    };
}

/// <summary>Input of <see cref="SendLetter"/>.</summary>
public sealed record SendLetterInput
{
    /// <summary>The recipient's fødselsnummer or D-number.</summary>
    [Input(DisplayName = "Mottakers fødselsnummer", Description = "Fødselsnummer eller D-nummer (11 siffer).")]
    public string? IdentityNumber { get; init; }

    /// <summary>The letter's title.</summary>
    [Input(DisplayName = "Tittel", Description = "Brevets tittel slik mottakeren ser den, uten fødselsnummer.", IsRequired = true)]
    public string? Title { get; init; }

    /// <summary>The document to send.</summary>
    [Input(DisplayName = "Dokumentreferanse", Description = "Referansen til dokumentet som skal sendes.", IsRequired = true)]
    public string? DocumentReference { get; init; }
}

/// <summary>Output of <see cref="SendLetter"/>.</summary>
public sealed record SendLetterOutput
{
    /// <summary><c>Digital</c>, <c>Print</c> or <c>Blocked</c>.</summary>
    [Output(DisplayName = "Kanal")]
    public string? Channel { get; init; }

    /// <summary>The shipment id, when sent.</summary>
    [Output(DisplayName = "Forsendelses-id")]
    public string? ShipmentId { get; init; }

    /// <summary>Why it was blocked, when it was.</summary>
    [Output(DisplayName = "Årsak til stopp")]
    public string? BlockReason { get; init; }
}
