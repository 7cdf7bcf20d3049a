using System.Net;
using Moq;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Activities.SvarUt;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Activities;

public sealed class SendShipmentTests
{
    private const string School = "910000004";
    private const string Type = "Velferd.SvarUt.SendForsendelse";
    private static readonly string[] Outcomes = [SendShipment.Sent, SendShipment.InvalidNumber, SendShipment.Failed];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Resume_SvarUtAccepts_CompletesOnSendtWithShipmentIdAndChannel()
    {
        await using var services = ServiceActivityHost.Create();
        services.SvarUt.Setup(c => c.SendAsync(new SvarUtShipment(School, "Innkalling", "dok-7", false), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new SvarUtReceipt("svarut-1", "Print"));
        var definitionId = await services.PublishSingleAsync(
            Type, Outcomes, ("organisationNumber", Expr.Literal(School)), ("title", Expr.Literal("Innkalling")), ("documentReference", Expr.Literal("dok-7")));
        var id = await services.Host.StartAsync(definitionId, cancellationToken: Ct);

        await services.DeliverAsync();

        Assert.Equal(SendShipment.Sent, await services.OutcomeOfCallAsync(id));
        var output = await services.OutputOfCallAsync(id);
        Assert.Equal(("svarut-1", "Print"), (output!["ShipmentId"]!.GetValue<string>(), output["Channel"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Deliver_FirstAttemptFails_SendsAgainWithTheSameIdempotencyKey()
    {
        await using var services = ServiceActivityHost.Create();
        var keys = new List<string>();
        services.SvarUt.SetupSequence(c => c.SendAsync(It.IsAny<SvarUtShipment>(), Capture.In(keys), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RemoteServiceException("SvarUt", HttpStatusCode.BadGateway, null, isTransient: true))
            .ReturnsAsync(new SvarUtReceipt("svarut-2", "Digital"));
        var definitionId = await services.PublishSingleAsync(Type, Outcomes, ("organisationNumber", Expr.Literal(School)), ("title", Expr.Literal("Vedtak")));
        var id = await services.Host.StartAsync(definitionId, cancellationToken: Ct);

        await services.DeliverAsync();
        var afterFirst = await services.OutcomeOfCallAsync(id);
        await services.Host.AdvanceTimeAsync(TimeSpan.FromMinutes(1), Ct);
        await services.DeliverAsync();

        Assert.Null(afterFirst);
        Assert.Equal(SendShipment.Sent, await services.OutcomeOfCallAsync(id));
        Assert.Equal(2, keys.Count);
        Assert.Single(keys.Distinct());
    }

    [Theory]
    [InlineData("910000005")]
    [InlineData("91000000")]
    [InlineData("")]
    public async Task Execute_BadOrganisationNumber_CompletesOnUgyldigOrganisasjonsnummerAndQueuesNothing(string number)
    {
        await using var services = ServiceActivityHost.Create();
        var definitionId = await services.PublishSingleAsync(Type, Outcomes, ("organisationNumber", Expr.Literal(number)));

        var id = await services.Host.StartAsync(definitionId, cancellationToken: Ct);

        Assert.Equal(SendShipment.InvalidNumber, await services.OutcomeOfCallAsync(id));
        Assert.Empty(services.Outbox.All());
    }

    [Fact]
    public async Task Resolve_IncidentGivenUp_CompletesOnFeilet()
    {
        await using var services = ServiceActivityHost.Create();
        services.SvarUt.Setup(c => c.SendAsync(It.IsAny<SvarUtShipment>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RemoteServiceException("SvarUt", HttpStatusCode.BadRequest, null, isTransient: false));
        var definitionId = await services.PublishSingleAsync(Type, Outcomes, ("organisationNumber", Expr.Literal(School)), ("title", Expr.Literal("Vedtak")));
        var id = await services.Host.StartAsync(definitionId, cancellationToken: Ct);
        await services.DeliverAsync();
        var incident = Assert.Single(await services.Outbox.ListIncidentsAsync(10, Ct));

        await services.ResolveAsync(incident.Id);

        Assert.Equal(SendShipment.Failed, await services.OutcomeOfCallAsync(id));
        Assert.Equal(OutboxStatus.Resolved, Assert.Single(services.Outbox.All()).Status);
    }
}
