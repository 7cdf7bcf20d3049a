using System.Net;
using Moq;
using Velferd.Workflows.Activities.Arkiv;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Activities;

public sealed class RecordJournalEntryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Execute_ArchiveDownForThreeHours_CaseFinishesAndTheEntryIsDeliveredOnceWhenItIsBack()
    {
        await using var services = ServiceActivityHost.Create();
        var archiveUp = false;
        var keys = new List<string>();
        services.Arkiv.Setup(c => c.CreateJournalEntryAsync(It.IsAny<JournalEntry>(), Capture.In(keys), It.IsAny<CancellationToken>()))
            .Returns(() => archiveUp
                ? Task.FromResult("jp-1")
                : Task.FromException<string>(new RemoteServiceException("Arkiv", HttpStatusCode.ServiceUnavailable, null, isTransient: true)));
        var definitionId = await services.PublishSingleAsync(
            "Velferd.Arkiv.Journalfor", ["Done"], ("caseId", Expr.Literal("sak-1")), ("entryType", Expr.Literal("U")), ("title", Expr.Literal("Vedtak")));

        var id = await services.Host.StartAsync(definitionId, cancellationToken: Ct);
        for (var minute = 0; minute < 180; minute += 5)
        {
            await services.DeliverAsync();
            await services.Host.AdvanceTimeAsync(TimeSpan.FromMinutes(5), Ct);
        }

        Assert.Equal(WorkflowStatus.Finished, (await services.Host.GetInstanceAsync(id, Ct)).Status);
        var held = Assert.Single(services.Outbox.All());
        Assert.Equal(OutboxStatus.Pending, held.Status);
        Assert.True(held.Attempts > 10);
        Assert.Empty(await services.Outbox.ListIncidentsAsync(10, Ct));

        archiveUp = true;
        await services.Host.AdvanceTimeAsync(TimeSpan.FromMinutes(10), Ct);
        await services.DeliverAsync();

        Assert.Equal(OutboxStatus.Delivered, Assert.Single(services.Outbox.All()).Status);
        Assert.Single(keys.Distinct());
        services.Arkiv.Verify(c => c.CreateJournalEntryAsync(It.Is<JournalEntry>(e => e.CaseId == "sak-1" && e.EntryType == "U"), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Exactly(held.Attempts + 1));
    }

    [Fact]
    public async Task Execute_ArchiveDownLongerThanFourHours_RaisesAnIncidentForOperations()
    {
        await using var services = ServiceActivityHost.Create();
        services.Arkiv.Setup(c => c.CreateJournalEntryAsync(It.IsAny<JournalEntry>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RemoteServiceException("Arkiv", HttpStatusCode.ServiceUnavailable, null, isTransient: true));
        var definitionId = await services.PublishSingleAsync("Velferd.Arkiv.Journalfor", ["Done"], ("caseId", Expr.Literal("sak-1")), ("entryType", Expr.Literal("I")));
        await services.Host.StartAsync(definitionId, cancellationToken: Ct);

        for (var minute = 0; minute <= 260; minute += 10)
        {
            await services.DeliverAsync();
            await services.Host.AdvanceTimeAsync(TimeSpan.FromMinutes(10), Ct);
        }

        var incident = Assert.Single(await services.Outbox.ListIncidentsAsync(10, Ct));
        Assert.True(incident.IncidentAt - incident.FirstFailedAt >= TimeSpan.FromHours(4));
    }

    [Theory]
    [InlineData("", "I")]
    [InlineData("sak-1", "Q")]
    public async Task Execute_MissingCaseOrBadType_CompletesOnUgyldigInndataAndQueuesNothing(string caseId, string type)
    {
        await using var services = ServiceActivityHost.Create();
        var definitionId = await services.PublishSingleAsync(
            "Velferd.Arkiv.Journalfor", ["Done", RecordJournalEntry.InvalidInput], ("caseId", Expr.Literal(caseId)), ("entryType", Expr.Literal(type)));

        var id = await services.Host.StartAsync(definitionId, cancellationToken: Ct);

        Assert.Equal(RecordJournalEntry.InvalidInput, await services.OutcomeOfCallAsync(id));
        Assert.Empty(services.Outbox.All());
    }
}
