using Moq;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Activities;

public sealed class GetRelationsTests
{
    private const string Child = "14831650010";
    private const string Mother = "10858540068";
    private const string Father = "02917941044";
    private const string Type = "Velferd.Folkeregister.HentRelasjoner";
    private static readonly string[] Outcomes = [GetRelations.Found, GetRelations.NotFound, GetRelations.InvalidNumber, GetRelations.Failed];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Resume_ChildWithTwoParents_CompletesOnFunnetWithParentsAndTheirResponsibility()
    {
        await using var services = ServiceActivityHost.Create();
        services.Folkeregister.Setup(c => c.FindRelationsAsync(Child, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new FolkeregisterRelations(
                [new FamilyRelation(Mother, "mor"), new FamilyRelation(Father, "far")],
                [new ParentalResponsibility(Mother, "mor")]));
        var definitionId = await services.PublishSingleAsync(Type, Outcomes, ("identityNumber", Expr.Literal(Child)));
        var id = await services.Host.StartAsync(definitionId, cancellationToken: Ct);

        await services.DeliverAsync();

        Assert.Equal(GetRelations.Found, await services.OutcomeOfCallAsync(id));
        var output = await services.OutputOfCallAsync(id);
        var parents = output!["Parents"]!.AsArray();
        Assert.Equal(2, parents.Count);
        Assert.True(parents.Single(p => p!["identityNumber"]!.GetValue<string>() == Mother)!["hasParentalResponsibility"]!.GetValue<bool>());
        Assert.False(parents.Single(p => p!["identityNumber"]!.GetValue<string>() == Father)!["hasParentalResponsibility"]!.GetValue<bool>());
        Assert.Equal([Mother], output["ParentalResponsibilityHolders"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("mor", output["ParentalResponsibility"]!.GetValue<string>());
        Assert.Equal(OutboxStatus.Delivered, Assert.Single(services.Outbox.All()).Status);
    }

    [Fact]
    public async Task Resume_FolkeregisterAnswers404_CompletesOnIkkeFunnet()
    {
        await using var services = ServiceActivityHost.Create();
        services.Folkeregister.Setup(c => c.FindRelationsAsync(Child, It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((FolkeregisterRelations?)null);
        var definitionId = await services.PublishSingleAsync(Type, Outcomes, ("identityNumber", Expr.Literal(Child)));
        var id = await services.Host.StartAsync(definitionId, cancellationToken: Ct);

        await services.DeliverAsync();

        Assert.Equal(GetRelations.NotFound, await services.OutcomeOfCallAsync(id));
    }

    [Fact]
    public async Task Execute_BadNumber_CompletesOnUgyldigFodselsnummerAndQueuesNothing()
    {
        await using var services = ServiceActivityHost.Create();
        var definitionId = await services.PublishSingleAsync(Type, Outcomes, ("identityNumber", Expr.Literal("12345678901")));

        var id = await services.Host.StartAsync(definitionId, cancellationToken: Ct);

        Assert.Equal(GetRelations.InvalidNumber, await services.OutcomeOfCallAsync(id));
        Assert.Empty(services.Outbox.All());
        services.Folkeregister.VerifyNoOtherCalls();
    }
}
