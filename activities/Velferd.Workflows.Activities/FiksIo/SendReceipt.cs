using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>
/// Answers a bekymringsmelding received through Fiks IO with a receipt (<c>mottatt.v1</c>, or <c>feilet.v1</c> with
/// a reason) to the sender's account. Queued in the outbox and sent by the worker; the case continues at once, since
/// a late receipt must not hold up the review deadline (DOMAIN.md P3 step 1).
/// </summary>
/// <remarks>
/// Sent at least once with one idempotency key, so Fiks IO carries it once. Outcomes: <c>Done</c>, and
/// <c>UgyldigInndata</c> when the melding id or the sender's account is missing (nothing is queued).
/// </remarks>
[Activity("Velferd.FiksIo.SendKvittering", Category = "Fiks IO", DisplayName = "Send kvittering",
    Description = "Sender kvittering (mottatt eller feilet) for en bekymringsmelding til avsenderen via Fiks IO.",
    Outcomes = [ActivityResult.DefaultOutcome, InvalidInput])]
public sealed class SendReceipt : Activity<SendReceiptInput, SendReceiptOutput>
{
    /// <summary>Outcome: the melding id or account is missing.</summary>
    public const string InvalidInput = "UgyldigInndata";

    /// <summary>The <see cref="SendReceiptInput.Kind"/> for a received melding.</summary>
    public const string Received = "Mottatt";

    /// <summary>The <see cref="SendReceiptInput.Kind"/> for a melding that could not be received.</summary>
    public const string Failed = "Feilet";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(SendReceiptInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.MessageId) || string.IsNullOrWhiteSpace(input.SenderAccount))
        {
            return Outcome(InvalidInput);
        }

        var receipt = Receipt(input.SenderAccount, input.MessageId, input.Kind == Failed, input.Reason);
        return Done(new SendReceiptOutput { OutboxReference = OutboxCalls.Send(context, receipt) });
    }

    /// <summary>A receipt for a melding (also sent directly by the receiver for a melding that starts nothing).</summary>
    internal static FiksIoOutgoingMessage Receipt(string senderAccount, string messageId, bool failed, string? reason)
    {
        var body = failed
            ? new JsonObject { ["feilmelding"] = string.IsNullOrWhiteSpace(reason) ? "Meldingen kunne ikke tas imot." : reason }
            : new JsonObject();
        var type = failed ? ConcernReportMessageTypes.Failed : ConcernReportMessageTypes.Received;
        return new FiksIoOutgoingMessage(senderAccount, type, messageId, body.ToJsonString());
    }
}

/// <summary>Input of <see cref="SendReceipt"/>.</summary>
public sealed record SendReceiptInput
{
    /// <summary>The Fiks IO id of the melding being answered.</summary>
    [Input(DisplayName = "Meldings-id", Description = "Fiks IO-id til bekymringsmeldingen det svares på.")]
    public string? MessageId { get; init; }

    /// <summary>The sender's Fiks IO account.</summary>
    [Input(DisplayName = "Avsenders konto", Description = "Fiks IO-kontoen kvitteringen sendes til.")]
    public string? SenderAccount { get; init; }

    /// <summary><c>Mottatt</c> or <c>Feilet</c>.</summary>
    [Input(DisplayName = "Kvittering", Description = "Om meldingen ble tatt imot eller ikke kunne behandles.", UIHint = "dropdown", Options = [SendReceipt.Received, SendReceipt.Failed], DefaultValue = SendReceipt.Received)]
    public string? Kind { get; init; }

    /// <summary>Why it failed (for <c>Feilet</c>; no personal data).</summary>
    [Input(DisplayName = "Feilmelding", Description = "Hvorfor meldingen ikke kunne tas imot (uten personopplysninger).")]
    public string? Reason { get; init; }
}

/// <summary>Output of <see cref="SendReceipt"/>.</summary>
public sealed record SendReceiptOutput
{
    /// <summary>The outbox message that carries the receipt.</summary>
    [Output(DisplayName = "Utboks-referanse")]
    public string? OutboxReference { get; init; }
}
