using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Activities;

public sealed class GetPersonTests
{
    private const string Number = "10858540068";
    private static readonly string[] Outcomes = [GetPerson.Found, GetPerson.NotFound, GetPerson.InvalidNumber, GetPerson.Failed];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Execute_ValidNumber_WaitsForTheOutboxWithoutCallingTheService()
    {
        await using var services = ServiceActivityHost.Create();
        var definitionId = await services.PublishSingleAsync("Velferd.Folkeregister.HentPerson", Outcomes, ("identityNumber", Expr.Literal(Number)));

        var id = await services.Host.StartAsync(definitionId, cancellationToken: Ct);

        var instance = await services.Host.GetInstanceAsync(id, Ct);
        Assert.Equal(WorkflowStatus.Running, instance.Status);
        var message = Assert.Single(services.Outbox.All());
        Assert.Equal(("Folkeregister", "HentPerson", OutboxStatus.Pending), (message.Service, message.Operation, message.Status));
        services.Folkeregister.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Resume_PersonFound_CompletesOnFunnetWithBirthDateAndProtection()
    {
        await using var services = ServiceActivityHost.Create();
        services.Folkeregister.Setup(c => c.FindPersonAsync(Number, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new FolkeregisterPerson(new DateOnly(1985, 5, 10), AddressProtection.StrictlyConfidential, false));
        var definitionId = await services.PublishSingleAsync("Velferd.Folkeregister.HentPerson", Outcomes, ("identityNumber", Expr.Literal(Number)));
        var id = await services.Host.StartAsync(definitionId, cancellationToken: Ct);

        await services.DeliverAsync();

        Assert.Equal(GetPerson.Found, await services.OutcomeOfCallAsync(id));
        var output = await services.OutputOfCallAsync(id);
        Assert.Equal("1985-05-10", output?["BirthDate"]?.GetValue<string>());
        Assert.Equal("StrictlyConfidential", output?["AddressProtection"]?.GetValue<string>());
        Assert.Equal(WorkflowStatus.Finished, (await services.Host.GetInstanceAsync(id, Ct)).Status);
        Assert.Equal(OutboxStatus.Delivered, Assert.Single(services.Outbox.All()).Status);
    }

    [Fact]
    public async Task Resume_FolkeregisterAnswers404_CompletesOnIkkeFunnet()
    {
        await using var services = ServiceActivityHost.Create();
        services.Folkeregister.Setup(c => c.FindPersonAsync(Number, It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((FolkeregisterPerson?)null);
        var definitionId = await services.PublishSingleAsync("Velferd.Folkeregister.HentPerson", Outcomes, ("identityNumber", Expr.Literal(Number)));
        var id = await services.Host.StartAsync(definitionId, cancellationToken: Ct);

        await services.DeliverAsync();

        Assert.Equal(GetPerson.NotFound, await services.OutcomeOfCallAsync(id));
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("1085854006")]
    [InlineData("")]
    public async Task Execute_BadNumber_CompletesOnUgyldigFodselsnummerAndQueuesNothing(string number)
    {
        await using var services = ServiceActivityHost.Create();
        var definitionId = await services.PublishSingleAsync("Velferd.Folkeregister.HentPerson", Outcomes, ("identityNumber", Expr.Literal(number)));

        var id = await services.Host.StartAsync(definitionId, cancellationToken: Ct);

        Assert.Equal(GetPerson.InvalidNumber, await services.OutcomeOfCallAsync(id));
        Assert.Empty(services.Outbox.All());
    }

    [Fact]
    public async Task Deliver_ServiceFailsAndAsksToWait_RetriesNoSoonerThanRetryAfterWithTheSameKey()
    {
        await using var services = ServiceActivityHost.Create();
        var keys = new List<string?>();
        services.Folkeregister.SetupSequence(c => c.FindPersonAsync(Number, Capture.In(keys), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RemoteServiceException("Folkeregister", HttpStatusCode.TooManyRequests, TimeSpan.FromMinutes(3), isTransient: true))
            .ReturnsAsync(new FolkeregisterPerson(new DateOnly(1985, 5, 10), AddressProtection.None, false));
        var definitionId = await services.PublishSingleAsync("Velferd.Folkeregister.HentPerson", Outcomes, ("identityNumber", Expr.Literal(Number)));
        var id = await services.Host.StartAsync(definitionId, cancellationToken: Ct);

        await services.DeliverAsync();
        await services.Host.AdvanceTimeAsync(TimeSpan.FromMinutes(2.9), Ct);
        await services.DeliverAsync();
        var waitingAfterTwoMinutes = await services.OutcomeOfCallAsync(id);
        await services.Host.AdvanceTimeAsync(TimeSpan.FromMinutes(0.2), Ct);
        await services.DeliverAsync();

        Assert.Null(waitingAfterTwoMinutes);
        Assert.Equal(GetPerson.Found, await services.OutcomeOfCallAsync(id));
        Assert.Equal(2, keys.Count);
        Assert.Equal(keys[0], keys[1]);
    }

    [Fact]
    public async Task Deliver_BudgetSpentThenResolved_RaisesAnIncidentThenCompletesOnFeilet()
    {
        await using var services = ServiceActivityHost.Create();
        services.Folkeregister.Setup(c => c.FindPersonAsync(Number, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RemoteServiceException("Folkeregister", HttpStatusCode.InternalServerError, null, isTransient: true));
        var definitionId = await services.PublishSingleAsync("Velferd.Folkeregister.HentPerson", Outcomes, ("identityNumber", Expr.Literal(Number)));
        var id = await services.Host.StartAsync(definitionId, cancellationToken: Ct);

        for (var i = 0; i < 10; i++)
        {
            await services.DeliverAsync();
            await services.Host.AdvanceTimeAsync(TimeSpan.FromMinutes(10), Ct);
        }

        var incidents = await services.Outbox.ListIncidentsAsync(10, Ct);
        var incident = Assert.Single(incidents);
        // One attempt every 10 minutes: the default budget's hour since the first failure ends it at the 7th.
        Assert.Equal(7, incident.Attempts);
        Assert.Equal(TimeSpan.FromHours(1), incident.IncidentAt - incident.FirstFailedAt);
        Assert.DoesNotContain(Number, incident.LastError, StringComparison.Ordinal);
        Assert.Null(await services.OutcomeOfCallAsync(id));

        await using (var scope = services.Host.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<OutboxIncidents>().ResolveAsync(incident.Id, "Sjekket manuelt", Ct));
        }

        await services.Host.RunUntilIdleAsync(Ct);
        Assert.Equal(GetPerson.Failed, await services.OutcomeOfCallAsync(id));
        Assert.Equal(OutboxStatus.Resolved, Assert.Single(services.Outbox.All()).Status);
    }
}
