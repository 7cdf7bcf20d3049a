using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Outbox;

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
public sealed class SendLetter(IIdentityNumberValidator validator) : Activity<SendLetterInput, SendLetterOutput>
{
    /// <summary>Outcome: sent by digital post or print.</summary>
    public const string Sent = "Sendt";

    /// <summary>Outcome: not sent; a person must handle it.</summary>
    public const string ManualHandling = "ManuellHandtering";

    /// <summary>Outcome: the number fails the check digits.</summary>
    public const string InvalidNumber = "UgyldigFodselsnummer";

    /// <summary>Outcome: the call was given up after an incident.</summary>
    public const string Failed = "Feilet";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(SendLetterInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (!validator.IsValid(input.IdentityNumber))
        {
            return Outcome(InvalidNumber);
        }

        var payload = new JsonObject
        {
            ["identityNumber"] = input.IdentityNumber,
            ["title"] = input.Title ?? "",
            ["documentReference"] = input.DocumentReference ?? "",
        };
        return ValueTask.FromResult(OutboxCalls.Call(context, DigitalPostHttpClient.ServiceName, DigitalPostOutboxHandler.SendLetterOperation, payload));
    }

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(SendLetterInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var reply = context.ResumePayload;
        return OutboxReplies.StatusOf(reply) switch
        {
            "sent" => Outcome(Sent, new SendLetterOutput
            {
                Channel = reply?["channel"]?.GetValue<string>(),
                ShipmentId = reply?["shipmentId"]?.GetValue<string>(),
            }),
            "blocked" => Outcome(ManualHandling, new SendLetterOutput
            {
                Channel = nameof(LetterChannel.Blocked),
                BlockReason = reply?["reason"]?.GetValue<string>(),
            }),
            _ => Outcome(Failed),
        };
    }
}

/// <summary>Input of <see cref="SendLetter"/>.</summary>
public sealed record SendLetterInput
{
    /// <summary>The recipient's fødselsnummer or D-number.</summary>
    [Input(DisplayName = "Mottakers fødselsnummer", Description = "Fødselsnummer eller D-nummer (11 siffer).")]
    public string? IdentityNumber { get; init; }

    /// <summary>The letter's title.</summary>
    [Input(DisplayName = "Tittel")]
    public string? Title { get; init; }

    /// <summary>The document to send.</summary>
    [Input(DisplayName = "Dokumentreferanse", Description = "Referansen til dokumentet som skal sendes.")]
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
