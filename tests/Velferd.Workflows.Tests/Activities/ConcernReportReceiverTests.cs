using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Velferd.Workflows.Activities.FiksIo;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Welfare.Reports;

namespace Velferd.Workflows.Tests.Activities;

public sealed class ConcernReportReceiverTests
{
    private const string Child = "14831650010";
    private const string Type = "Velferd.FiksIo.MottaBekymringsmelding";

    // The receipts the receiver sends, with their idempotency keys.
    private static List<(FiksIoOutgoingMessage Receipt, string Key)> ExpectReceipts(ServiceActivityHost services)
    {
        var sent = new List<(FiksIoOutgoingMessage, string)>();
        services.FiksIo.Setup(c => c.SendAsync(It.IsAny<FiksIoOutgoingMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<FiksIoOutgoingMessage, string, CancellationToken>((m, key, _) => sent.Add((m, key)))
            .ReturnsAsync("kvittering");
        return sent;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Handle_ValidMelding_StartsTheBoundPathwayWithTheMeldingAndAcknowledges()
    {
        await using var services = ServiceActivityHost.Create();
        services.FiksIo.Setup(c => c.AcknowledgeAsync("m-1", It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var definitionId = await PublishTriggerAsync(services, ReceiveConcernReport.AllTypes);

        var outcome = await HandleAsync(services, Message("m-1", Melding(Child)));

        Assert.Equal(ReceiveOutcome.Started, outcome);
        var instance = Assert.Single(await InstancesAsync(services, definitionId));
        Assert.Equal(ReceiveConcernReport.Received, await services.OutcomeOfCallAsync(instance.Id));
        var output = await services.OutputOfCallAsync(instance.Id);
        Assert.Equal(("m-1", "portal-konto"), (output!["MessageId"]!.GetValue<string>(), output["SenderAccount"]!.GetValue<string>()));
        Assert.Equal("IDENTIFISERT", output["Children"]![0]!["identitetsstatus"]!.GetValue<string>());
        services.FiksIo.Verify(c => c.AcknowledgeAsync("m-1", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Handle_ChildWithBadCheckDigits_KeepsTheMeldingAndFlagsTheChild()
    {
        await using var services = ServiceActivityHost.Create();
        services.FiksIo.Setup(c => c.AcknowledgeAsync("m-2", It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var definitionId = await PublishTriggerAsync(services, ReceiveConcernReport.AllTypes);

        var outcome = await HandleAsync(services, Message("m-2", Melding("12345678901")));

        Assert.Equal(ReceiveOutcome.Started, outcome);
        var instance = Assert.Single(await InstancesAsync(services, definitionId));
        Assert.Equal(ReceiveConcernReport.UnresolvedIdentity, await services.OutcomeOfCallAsync(instance.Id));
        var output = await services.OutputOfCallAsync(instance.Id);
        Assert.True(output!["HasUnresolvedIdentity"]!.GetValue<bool>());
        Assert.Equal(ReceiveConcernReport.IdentityUnresolved, output["Children"]![0]!["identitetsstatus"]!.GetValue<string>());
        Assert.Equal("12345678901", output["Report"]!["barn"]![0]!["fodselsnummer"]!.GetValue<string>());
    }

    [Fact]
    public async Task Handle_UnbornChildWithANumber_SendsAFailureReceiptAndStartsNothing()
    {
        await using var services = ServiceActivityHost.Create();
        FiksIoOutgoingMessage? receipt = null;
        services.FiksIo.Setup(c => c.SendAsync(It.IsAny<FiksIoOutgoingMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<FiksIoOutgoingMessage, string, CancellationToken>((m, _, _) => receipt = m)
            .ReturnsAsync("kvittering-1");
        services.FiksIo.Setup(c => c.AcknowledgeAsync("m-3", It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var definitionId = await PublishTriggerAsync(services, ReceiveConcernReport.AllTypes);
        var melding = Melding(Child);
        melding["barn"]![0]!["ufoedt"] = true;

        var outcome = await HandleAsync(services, Message("m-3", melding));

        Assert.Equal(ReceiveOutcome.Rejected, outcome);
        Assert.Empty(await InstancesAsync(services, definitionId));
        Assert.Equal((ConcernReportMessageTypes.Failed, "m-3", "portal-konto"), (receipt?.MessageType, receipt?.InReplyTo, receipt?.RecipientAccount));
        Assert.DoesNotContain(Child, receipt!.Payload, StringComparison.Ordinal);
        services.FiksIo.Verify(c => c.AcknowledgeAsync("m-3", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Handle_SameMessageDeliveredTwice_StartsOneInstance()
    {
        await using var services = ServiceActivityHost.Create();
        services.FiksIo.Setup(c => c.AcknowledgeAsync("m-4", It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var definitionId = await PublishTriggerAsync(services, ReceiveConcernReport.AllTypes);

        await HandleAsync(services, Message("m-4", Melding(Child)));
        var second = await HandleAsync(services, Message("m-4", Melding(Child)));

        Assert.Equal(ReceiveOutcome.Started, second);
        Assert.Single(await InstancesAsync(services, definitionId));
    }

    [Fact]
    public async Task Handle_NoPathwayBound_RegistersTheMeldingAnswersMottattAndAcknowledges()
    {
        await using var services = ServiceActivityHost.Create();
        var receipts = ExpectReceipts(services);
        services.FiksIo.Setup(c => c.AcknowledgeAsync("m-5", It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        await PublishTriggerAsync(services, ReceiveConcernReport.PrivateOnly);

        var outcome = await HandleAsync(services, Message("m-5", Melding(Child)));

        Assert.Equal(ReceiveOutcome.Started, outcome);
        // AS-01: nobody bound to send the receipt, so the receiver answers mottatt.v1 itself, keyed by the message.
        var (receipt, key) = Assert.Single(receipts);
        Assert.Equal((ConcernReportMessageTypes.Received, "m-5", "velferd-kvittering-m-5"), (receipt.MessageType, receipt.InReplyTo, key));
        services.FiksIo.Verify(c => c.AcknowledgeAsync("m-5", It.IsAny<CancellationToken>()), Times.Once);
        var report = Assert.Single(await RecordsAsync(services, "m-5"));
        Assert.Equal(("fiksio", "offentlig", "skole", "910000004", "fiksio"), (report.Channel, report.ReporterCategory, report.ReporterRole, report.ReporterOrganisation, report.RegisteredBy));
        // the school hears back by SvarUt at its organisation number.
        Assert.Equal("910000004", report.ReporterOrganisationNumber);
    }

    [Fact]
    public async Task Handle_PublicMeldingWithAnOrganisationNumberFailingItsCheckDigit_IsRegisteredWithoutALetterAddress()
    {
        await using var services = ServiceActivityHost.Create();
        ExpectReceipts(services);
        services.FiksIo.Setup(c => c.AcknowledgeAsync("m-8", It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var melding = Melding(Child);
        melding["melder"]!["organisasjonsnummer"] = "910000005";

        var outcome = await HandleAsync(services, Message("m-8", melding));

        Assert.Equal(ReceiveOutcome.Started, outcome);
        var report = Assert.Single(await RecordsAsync(services, "m-8"));
        Assert.Equal(("offentlig", "910000005", null), (report.ReporterCategory, report.ReporterOrganisation, report.ReporterOrganisationNumber));
    }

    [Fact]
    public async Task Handle_R20_R58_R76_SiblingsOneWithABadNumber_OneRecordEachThroughTheRegistration_AndAReplayStoresNothingTwice()
    {
        await using var services = ServiceActivityHost.Create();
        ExpectReceipts(services);
        services.FiksIo.Setup(c => c.AcknowledgeAsync("m-7", It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var melding = Melding(Child);
        melding["barn"]!.AsArray().Add(new JsonObject { ["fodselsnummer"] = "12345678901", ["fornavn"] = "Lillebror" });
        melding["melder"]!["anonym"] = true;

        await HandleAsync(services, Message("m-7", melding, ConcernReportMessageTypes.Private));
        await HandleAsync(services, Message("m-7", melding, ConcernReportMessageTypes.Private));

        var records = await RecordsAsync(services, "m-7");
        Assert.Equal([(0, "IDENTIFISERT"), (1, "IDENTITET_UAVKLART")], records.Select(r => (r.ChildIndex, r.ChildIdentityStatus)));
        Assert.All(records, r => Assert.Equal(("anonym", "MOTTATT", null), (r.ReporterCategory, r.Status, r.ReporterOrganisationNumber)));
        services.FiksIo.Verify(c => c.AcknowledgeAsync("m-7", It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task Handle_PrivateMeldingWithTwoPathways_StartsOnlyThoseThatTakePrivateMeldinger()
    {
        await using var services = ServiceActivityHost.Create();
        services.FiksIo.Setup(c => c.AcknowledgeAsync("m-6", It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var publicOnly = await PublishTriggerAsync(services, ReceiveConcernReport.PublicOnly);
        var all = await PublishTriggerAsync(services, ReceiveConcernReport.AllTypes);

        await HandleAsync(services, Message("m-6", Melding(Child), ConcernReportMessageTypes.Private));

        Assert.Empty(await InstancesAsync(services, publicOnly));
        Assert.Single(await InstancesAsync(services, all));
    }

    private static FiksIoIncomingMessage Message(string id, JsonObject melding, string type = ConcernReportMessageTypes.Public) =>
        new(id, type, "portal-konto", melding.ToJsonString());

    private static JsonObject Melding(string childNumber) => new()
    {
        ["melder"] = new JsonObject { ["kategori"] = "skole", ["organisasjonsnummer"] = "910000004" },
        ["barn"] = new JsonArray(new JsonObject { ["fodselsnummer"] = childNumber, ["orientert"] = false }),
        ["bekymring"] = "Eleven virker redd for å gå hjem.",
    };

    private static async Task<string> PublishTriggerAsync(ServiceActivityHost services, string messageTypes)
    {
        var model = new FlowchartBuilder($"P3 {Guid.NewGuid():N}")
            .Activity("call", Type, ("messageTypes", Expr.Literal(messageTypes)))
            .Activity("end", "Elsa.End")
            .Connect("call", "end", ReceiveConcernReport.Received)
            .Connect("call", "end", ReceiveConcernReport.UnresolvedIdentity)
            .Build();
        return (await services.Host.PublishAsync(model, Ct)).DefinitionId;
    }

    private static async Task<ReceiveOutcome> HandleAsync(ServiceActivityHost services, FiksIoIncomingMessage message)
    {
        ReceiveOutcome outcome;
        await using (var scope = services.Host.Services.CreateAsyncScope())
        {
            outcome = await scope.ServiceProvider.GetRequiredService<ConcernReportReceiver>().HandleAsync(message, Ct);
        }

        await services.Host.RunUntilIdleAsync(Ct);
        return outcome;
    }

    private static async Task<IReadOnlyList<ConcernReport>> RecordsAsync(ServiceActivityHost services, string messageId)
    {
        await using var scope = services.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IReportStore>().FindByMeldingAsync($"fiksio-{messageId}", Ct);
    }

    private static async Task<IReadOnlyList<WorkflowInstance>> InstancesAsync(ServiceActivityHost services, string definitionId)
    {
        await using var scope = services.Host.Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().ListAsync(new InstanceQuery { DefinitionId = definitionId }, Ct);
        return page.Items;
    }
}
