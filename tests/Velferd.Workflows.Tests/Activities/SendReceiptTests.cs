using Moq;
using Velferd.Workflows.Activities.FiksIo;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Activities;

public sealed class SendReceiptTests
{
    private const string Type = "Velferd.FiksIo.SendKvittering";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Execute_ReceivedReceipt_CaseMovesOnAndTheWorkerSendsMottattToTheSender()
    {
        await using var services = ServiceActivityHost.Create();
        services.FiksIo.Setup(c => c.SendAsync(It.IsAny<FiksIoOutgoingMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync("fiks-kvittering-1");
        var definitionId = await services.PublishSingleAsync(
            Type, ["Done"], ("messageId", Expr.Literal("melding-1")), ("senderAccount", Expr.Literal("portal-konto")), ("kind", Expr.Literal(SendReceipt.Received)));

        var id = await services.Host.StartAsync(definitionId, cancellationToken: Ct);
        var statusBeforeDelivery = (await services.Host.GetInstanceAsync(id, Ct)).Status;
        await services.DeliverAsync();

        Assert.Equal(WorkflowStatus.Finished, statusBeforeDelivery);
        services.FiksIo.Verify(c => c.SendAsync(
            It.Is<FiksIoOutgoingMessage>(m => m.RecipientAccount == "portal-konto" && m.InReplyTo == "melding-1" && m.MessageType == ConcernReportMessageTypes.Received),
            It.IsAny<string>(),
            It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(OutboxStatus.Delivered, Assert.Single(services.Outbox.All()).Status);
    }

    [Fact]
    public async Task Execute_FailedReceiptWithReason_SendsFeiletWithTheReason()
    {
        await using var services = ServiceActivityHost.Create();
        FiksIoOutgoingMessage? sent = null;
        services.FiksIo.Setup(c => c.SendAsync(It.IsAny<FiksIoOutgoingMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<FiksIoOutgoingMessage, string, CancellationToken>((m, _, _) => sent = m)
            .ReturnsAsync("fiks-kvittering-2");
        var definitionId = await services.PublishSingleAsync(
            Type, ["Done"], ("messageId", Expr.Literal("melding-2")), ("senderAccount", Expr.Literal("portal-konto")),
            ("kind", Expr.Literal(SendReceipt.Failed)), ("reason", Expr.Literal("Feil kommune")));

        await services.Host.StartAsync(definitionId, cancellationToken: Ct);
        await services.DeliverAsync();

        Assert.Equal(ConcernReportMessageTypes.Failed, sent?.MessageType);
        Assert.Contains("Feil kommune", sent!.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_MissingMessageId_CompletesOnUgyldigInndataAndQueuesNothing()
    {
        await using var services = ServiceActivityHost.Create();
        var definitionId = await services.PublishSingleAsync(Type, ["Done", SendReceipt.InvalidInput], ("senderAccount", Expr.Literal("portal-konto")));

        var id = await services.Host.StartAsync(definitionId, cancellationToken: Ct);

        Assert.Equal(SendReceipt.InvalidInput, await services.OutcomeOfCallAsync(id));
        Assert.Empty(services.Outbox.All());
    }
}
