using Moq;
using Velferd.Workflows.Activities.DigitalPost;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Activities.Krr;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Activities;

public sealed class SendLetterTests
{
    private const string Number = "02917941044";
    private static readonly string[] Outcomes = [SendLetter.Sent, SendLetter.ManualHandling, SendLetter.InvalidNumber, SendLetter.Failed];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Deliver_ReservedInKrr_SendsToPrint()
    {
        await using var services = ServiceActivityHost.Create();
        services.Folkeregister.Setup(c => c.FindPersonAsync(Number, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new FolkeregisterPerson(new DateOnly(1979, 11, 2), AddressProtection.None, false));
        services.Krr.Setup(c => c.GetContactAsync(Number, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new KrrContact(KrrStatus.Active, IsReserved: true, HasDigitalMailbox: false));
        services.DigitalPost.Setup(c => c.SendAsync(It.IsAny<LetterShipment>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync("print-1");
        var id = await StartAsync(services);

        await services.DeliverAsync();

        Assert.Equal(SendLetter.Sent, await services.OutcomeOfCallAsync(id));
        Assert.Equal("Print", (await services.OutputOfCallAsync(id))?["Channel"]?.GetValue<string>());
        services.DigitalPost.Verify(c => c.SendAsync(It.Is<LetterShipment>(s => s.Channel == LetterChannel.Print && s.Title == "Vedtak"), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Deliver_ActiveWithMailbox_SendsDigitally()
    {
        await using var services = ServiceActivityHost.Create();
        services.Folkeregister.Setup(c => c.FindPersonAsync(Number, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new FolkeregisterPerson(null, AddressProtection.None, false));
        services.Krr.Setup(c => c.GetContactAsync(Number, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new KrrContact(KrrStatus.Active, IsReserved: false, HasDigitalMailbox: true));
        services.DigitalPost.Setup(c => c.SendAsync(It.IsAny<LetterShipment>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync("digital-1");
        var id = await StartAsync(services);

        await services.DeliverAsync();

        Assert.Equal("Digital", (await services.OutputOfCallAsync(id))?["Channel"]?.GetValue<string>());
        Assert.Equal("digital-1", (await services.OutputOfCallAsync(id))?["ShipmentId"]?.GetValue<string>());
    }

    [Fact]
    public async Task Deliver_StrictlyConfidentialAndNotDigital_BlocksForManualHandlingAndSendsNothing()
    {
        await using var services = ServiceActivityHost.Create();
        services.Folkeregister.Setup(c => c.FindPersonAsync(Number, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new FolkeregisterPerson(null, AddressProtection.StrictlyConfidential, false));
        services.Krr.Setup(c => c.GetContactAsync(Number, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new KrrContact(KrrStatus.NotRegistered, IsReserved: false, HasDigitalMailbox: false));
        var id = await StartAsync(services);

        await services.DeliverAsync();

        Assert.Equal(SendLetter.ManualHandling, await services.OutcomeOfCallAsync(id));
        Assert.Equal(nameof(LetterBlockReason.StrictlyConfidentialAddress), (await services.OutputOfCallAsync(id))?["BlockReason"]?.GetValue<string>());
        services.DigitalPost.VerifyNoOtherCalls();
    }

    private static async Task<string> StartAsync(ServiceActivityHost services)
    {
        var definitionId = await services.PublishSingleAsync(
            "Velferd.DigitalPost.SendBrev", Outcomes,
            ("identityNumber", Expr.Literal(Number)), ("title", Expr.Literal("Vedtak")), ("documentReference", Expr.Literal("dok-1")));
        return await services.Host.StartAsync(definitionId, cancellationToken: Ct);
    }
}
