using Moq;
using Velferd.Workflows.Activities.Krr;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Activities;

public sealed class GetContactInfoTests
{
    private const string Number = "10858540068";
    private static readonly string[] Outcomes = [GetContactInfo.Digital, GetContactInfo.NotDigital, GetContactInfo.InvalidNumber, GetContactInfo.Failed];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(KrrStatus.Active, false, true, "Digital")]
    [InlineData(KrrStatus.Active, true, false, "IkkeDigital")]
    [InlineData(KrrStatus.Active, false, false, "IkkeDigital")]
    [InlineData(KrrStatus.Deleted, false, true, "IkkeDigital")]
    [InlineData(KrrStatus.NotRegistered, false, false, "IkkeDigital")]
    [InlineData(KrrStatus.Unknown, false, true, "IkkeDigital")]
    public async Task Deliver_KrrAnswer_CompletesOnTheChannelOutcome(KrrStatus status, bool reserved, bool mailbox, string expected)
    {
        await using var services = ServiceActivityHost.Create();
        services.Krr.Setup(c => c.GetContactAsync(Number, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new KrrContact(status, reserved, mailbox));
        var definitionId = await services.PublishSingleAsync("Velferd.Krr.HentKontaktinfo", Outcomes, ("identityNumber", Expr.Literal(Number)));
        var id = await services.Host.StartAsync(definitionId, cancellationToken: Ct);

        await services.DeliverAsync();

        Assert.Equal(expected, await services.OutcomeOfCallAsync(id));
        Assert.Equal(reserved, (await services.OutputOfCallAsync(id))?["IsReserved"]?.GetValue<bool>());
    }
}
