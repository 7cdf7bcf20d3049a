using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Activities.Triggers;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Reports;

namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>
/// Takes one bekymringsmelding from Fiks IO: checks type and schema, registers it through the same
/// <see cref="ReportRegistration"/> as <c>POST /api/reports</c> (one record per child, R-58 flags, the P3 pathway with
/// its deadlines), starts any pathway a process owner bound to <see cref="ReceiveConcernReport"/> (e.g. to send the
/// <c>mottatt.v1</c> receipt), and acknowledges the message when that is stored. When no pathway is bound, the
/// receiver sends the <c>mottatt.v1</c> receipt itself (DOMAIN.md AS-01): a stored melding is always answered. A
/// melding that fails the schema gets a <c>feilet.v1</c> receipt and registers nothing.
/// </summary>
/// <remarks>
/// Fiks IO delivers a message until it is acknowledged, so every step is safe to repeat: the message id is the
/// melding id (a replay registers nothing twice, R-76), the bound starts' idempotency key, and the failure receipt's.
/// Logs carry the message id only.
/// </remarks>
public sealed partial class ConcernReportReceiver(
    IFiksIoClient fiksIo,
    ConcernReportSchema schema,
    IIdentityNumberValidator validator,
    PathwayTriggers triggers,
    ReportRegistration registration,
    TimeProvider clock,
    ILogger<ConcernReportReceiver> logger)
{
    /// <summary>Who registers a melding that came through Fiks IO.</summary>
    public const string SystemUser = "fiksio";

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
        var now = clock.GetUtcNow();
        var registered = await registration.RegisterAsync(
            FiksIoReportInput.From(report, message.MessageType, now), SystemUser, now, null, cancellationToken, sourceKey: $"fiksio-{message.MessageId}");
        if (registered is CaseChange<IReadOnlyList<ConcernReport>>.Invalid invalid)
        {
            // The schema lets through what the registration refuses only if the two drift apart; name the fields, never values.
            await RejectAsync(message, $"Meldingen kan ikke registreres: {string.Join(", ", invalid.Errors.ToDictionary().Keys)}", cancellationToken);
            return ReceiveOutcome.Rejected;
        }

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
            var receipt = SendReceipt.Receipt(message.SenderAccount, message.MessageId, failed: false, reason: null);
            await fiksIo.SendAsync(receipt, $"velferd-kvittering-{message.MessageId}", cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Fiks IO message {FiksIoMessageId} registered and started {Instances} bound pathway(s); {UnresolvedChildren} child(ren) with unresolved identity")]
    private partial void LogStarted(string fiksIoMessageId, int instances, int unresolvedChildren);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fiks IO message {FiksIoMessageId} failed validation; a failure receipt was sent")]
    private partial void LogRejected(string fiksIoMessageId);

}
