using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Activities.Triggers;

namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>
/// Takes one bekymringsmelding from Fiks IO: checks type and schema, flags children whose fødselsnummer fails the
/// check digits, starts the pathways bound to <see cref="ReceiveConcernReport"/>, and acknowledges the message only
/// when that is stored. A melding that fails the schema gets a <c>feilet.v1</c> receipt and starts nothing.
/// </summary>
/// <remarks>
/// Fiks IO delivers a message until it is acknowledged, so every step is safe to repeat: the start's idempotency key
/// is the message id (a replay starts nothing twice), and so is the failure receipt's. A melding no pathway is bound
/// to stays unacknowledged in Fiks IO, kept, until a process owner publishes one. Logs carry the message id only.
/// </remarks>
public sealed partial class ConcernReportReceiver(
    IFiksIoClient fiksIo,
    ConcernReportSchema schema,
    IIdentityNumberValidator validator,
    PathwayTriggers triggers,
    ILogger<ConcernReportReceiver> logger)
{
    /// <summary>Handles one message; the result says what became of it.</summary>
    public async Task<ReceiveOutcome> HandleAsync(FiksIoIncomingMessage message, CancellationToken cancellationToken)
    {
        if (!ConcernReportMessageTypes.IsConcernReport(message.MessageType))
        {
            await RejectAsync(message, "Ukjent meldingstype.", cancellationToken);
            return ReceiveOutcome.Rejected;
        }

        var errors = await schema.ValidateAsync(message.Payload, cancellationToken);
        if (errors.Count > 0)
        {
            await RejectAsync(message, $"Meldingen følger ikke skjemaet: {string.Join("; ", errors)}", cancellationToken);
            return ReceiveOutcome.Rejected;
        }

        var report = JsonNode.Parse(message.Payload)!.AsObject();
        var children = new JsonArray();
        foreach (var child in report["barn"]?.AsArray() ?? [])
        {
            var number = child?["fodselsnummer"]?.GetValue<string>();
            var unborn = child?["ufoedt"]?.GetValue<bool>() == true;
            children.Add(new JsonObject
            {
                ["fodselsnummer"] = number,
                ["ufoedt"] = unborn,
                ["identitetsstatus"] = unborn ? "UFOEDT" : validator.IsValid(number) ? "IDENTIFISERT" : ReceiveConcernReport.IdentityUnresolved,
            });
        }

        var input = new Dictionary<string, JsonNode?>
        {
            [ReceiveConcernReport.InputName] = new JsonObject
            {
                ["meldingId"] = message.MessageId,
                ["meldingType"] = message.MessageType,
                ["avsenderKontoId"] = message.SenderAccount,
                ["melding"] = report,
                ["barn"] = children,
            },
        };
        var started = await triggers.StartAsync(
            "Velferd.FiksIo.MottaBekymringsmelding",
            activity => ReceiveConcernReport.Accepts(activity, message.MessageType),
            input,
            $"fiksio/{message.MessageId}",
            cancellationToken);
        if (started.Count == 0)
        {
            LogNotBound(message.MessageId);
            return ReceiveOutcome.NotBound;
        }

        await fiksIo.AcknowledgeAsync(message.MessageId, cancellationToken);
        var unresolved = children.Count(c => c?["identitetsstatus"]?.GetValue<string>() == ReceiveConcernReport.IdentityUnresolved);
        LogStarted(message.MessageId, started.Count, unresolved);
        return ReceiveOutcome.Started;
    }

    private async Task RejectAsync(FiksIoIncomingMessage message, string reason, CancellationToken cancellationToken)
    {
        var receipt = SendReceipt.Receipt(message.SenderAccount, message.MessageId, failed: true, reason);
        await fiksIo.SendAsync(receipt, $"velferd-kvittering-{message.MessageId}", cancellationToken);
        await fiksIo.AcknowledgeAsync(message.MessageId, cancellationToken);
        LogRejected(message.MessageId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fiks IO message {FiksIoMessageId} started {Instances} pathway(s); {UnresolvedChildren} child(ren) with unresolved identity")]
    private partial void LogStarted(string fiksIoMessageId, int instances, int unresolvedChildren);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fiks IO message {FiksIoMessageId} failed validation; a failure receipt was sent")]
    private partial void LogRejected(string fiksIoMessageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fiks IO message {FiksIoMessageId} is kept unacknowledged: no published pathway is bound to it")]
    private partial void LogNotBound(string fiksIoMessageId);
}
