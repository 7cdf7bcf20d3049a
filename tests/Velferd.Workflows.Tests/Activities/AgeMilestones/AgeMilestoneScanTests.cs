using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using Velferd.Workflows.Activities.AgeMilestones;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Housekeeping;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Activities.AgeMilestones;

/// <summary>
/// The age-milestone scan in memory on the fake clock (DOMAIN.md R-40): a milestone planned on one birth date is moved
/// when Folkeregisteret (a Moq fake here; the simulator in the integration tests) has another.
/// </summary>
public sealed class AgeMilestoneScanTests
{
    private const string Person = "14831650010";
    private const string OtherPerson = "01862451054";

    // Planned on the 20th; Folkeregisteret says the 10th: 18 years old on 2026-05-10, not 2026-05-20.
    private const string PlannedBirthDate = "2008-05-20";
    private static readonly DateOnly CorrectedBirthDate = new(2008, 5, 10);

    private readonly Mock<IFolkeregisterClient> _folkeregister = new(MockBehavior.Strict);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset Oslo(int y, int mo, int d, int h = 0, int mi = 0) => new(y, mo, d, h, mi, 0, TimeSpan.FromHours(2));

    [Fact]
    public async Task RunAsync_BirthDateCorrected_MovesTheMilestone_InstanceResumesOnTheNewDateNotTheOld()
    {
        await using var host = CreateHost();
        host.Clock.SetUtcNow(Oslo(2026, 4, 1, 10));
        BirthDateIs(Person, CorrectedBirthDate);
        var id = await StartMilestoneAsync(host, Person);

        var result = await ScanAsync(host);
        var moved = await MilestoneAsync(host);
        await host.AdvanceTimeToAsync(Oslo(2026, 5, 9, 23, 59), Ct);
        var dayBefore = await ReachedCountAsync(host, id);
        await host.AdvanceTimeToAsync(Oslo(2026, 5, 10, 0, 1), Ct);
        var onTheDay = await ReachedCountAsync(host, id);
        await host.AdvanceTimeToAsync(Oslo(2026, 5, 21), Ct);

        Assert.Equal(new HousekeepingResult(1, 1, 0), result);
        Assert.Equal((Oslo(2026, 5, 10), Oslo(2026, 5, 10), "2026-05-10T00:00:00+02:00"), (moved.DueAt, moved.NextFireAt, moved.DueLocal));
        Assert.Equal(new DateOnly(2008, 5, 10), DateOnly.FromDateTime(moved.AnchorAt.ToOffset(TimeSpan.FromHours(2)).DateTime));
        Assert.Equal((0, 1, 1), (dayBefore, onTheDay, await ReachedCountAsync(host, id)));
        Assert.Equal(DeadlineStatus.Elapsed, (await MilestoneAsync(host)).Status);
    }

    [Fact]
    public async Task RunAsync_BirthDateUnchanged_LeavesTheMilestoneAsPlanned()
    {
        await using var host = CreateHost();
        host.Clock.SetUtcNow(Oslo(2026, 4, 1, 10));
        BirthDateIs(Person, new DateOnly(2008, 5, 20));
        await StartMilestoneAsync(host, Person);
        var before = await MilestoneAsync(host);

        var result = await ScanAsync(host);

        Assert.Equal(new HousekeepingResult(1, 0, 0), result);
        Assert.Equal(before, await MilestoneAsync(host));
    }

    [Fact]
    public async Task RunAsync_NewDateAlreadyPassed_FiresAtTheNextPump()
    {
        await using var host = CreateHost();
        host.Clock.SetUtcNow(Oslo(2026, 4, 1, 10));
        BirthDateIs(Person, new DateOnly(2008, 3, 1));
        var id = await StartMilestoneAsync(host, Person);

        await ScanAsync(host);
        await host.RunUntilIdleAsync(Ct);

        Assert.Equal(1, await ReachedCountAsync(host, id));
        var milestone = await MilestoneAsync(host);
        Assert.Equal((DeadlineStatus.Elapsed, new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(1))), (milestone.Status, milestone.DueAt));
    }

    [Fact]
    public async Task RunAsync_MilestoneClaimedByThePump_LeavesItToFireOnceAtItsPlannedDate()
    {
        await using var host = CreateHost();
        host.Clock.SetUtcNow(Oslo(2026, 5, 19, 10));
        BirthDateIs(Person, CorrectedBirthDate);
        var id = await StartMilestoneAsync(host, Person);
        host.Clock.SetUtcNow(Oslo(2026, 5, 20, 0, 0));
        await using var scope = host.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IDeadlineStore>();
        var claimed = Assert.Single(await store.ClaimDueAsync("pump-node", 10, TimeSpan.FromSeconds(30), host.Clock.GetUtcNow(), Ct));

        var whileClaimed = await ScanAsync(host);
        await store.CompleteStepsAsync([new FiredStep(claimed, Velferd.Workflows.Scheduling.Deadlines.DeadlinePump.ToStimulus(claimed, host.Clock.GetUtcNow()))], host.Clock.GetUtcNow(), Ct);
        await host.RunUntilIdleAsync(Ct);
        var afterFiring = await ScanAsync(host);

        Assert.Equal(new HousekeepingResult(0, 0, 0), whileClaimed);
        Assert.Equal(new HousekeepingResult(0, 0, 0), afterFiring);
        var milestone = await MilestoneAsync(host);
        Assert.Equal((DeadlineStatus.Elapsed, Oslo(2026, 5, 20)), (milestone.Status, milestone.DueAt));
        Assert.Equal(1, await ReachedCountAsync(host, id));
        _folkeregister.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RunAsync_ChangedBetweenReadAndWrite_LeavesTheRowAlone()
    {
        await using var host = CreateHost();
        host.Clock.SetUtcNow(Oslo(2026, 4, 1, 10));
        await StartMilestoneAsync(host, Person);
        var planned = await MilestoneAsync(host);

        // The instance is cancelled while Folkeregisteret answers: the scan's write must not revive the milestone.
        _folkeregister.Setup(c => c.FindPersonAsync(Person, null, It.IsAny<CancellationToken>()))
            .Returns(async () =>
            {
                await host.CancelAsync(planned.WorkflowInstanceId, Ct);
                return new FolkeregisterPerson(CorrectedBirthDate, AddressProtection.None, false);
            });
        var result = await ScanAsync(host);

        Assert.Equal(new HousekeepingResult(1, 0, 0), result);
        var milestone = await MilestoneAsync(host);
        Assert.Equal((DeadlineStatus.Cancelled, planned.DueAt), (milestone.Status, milestone.DueAt));
    }

    [Fact]
    public async Task RunAsync_PersonUnknownOrServiceFailing_LeavesTheMilestone_NextRunMovesIt()
    {
        await using var host = CreateHost();
        host.Clock.SetUtcNow(Oslo(2026, 4, 1, 10));
        await StartMilestoneAsync(host, Person);
        var planned = await MilestoneAsync(host);
        _folkeregister.SetupSequence(c => c.FindPersonAsync(Person, null, It.IsAny<CancellationToken>()))
            .ReturnsAsync((FolkeregisterPerson?)null)
            .ThrowsAsync(new Velferd.Workflows.Activities.Outbox.RemoteServiceException("Folkeregister", System.Net.HttpStatusCode.InternalServerError, null, isTransient: true))
            .ReturnsAsync(new FolkeregisterPerson(CorrectedBirthDate, AddressProtection.None, false));

        var notFound = await ScanAsync(host);
        var afterNotFound = await MilestoneAsync(host);
        var failed = await ScanAsync(host);
        var afterFailure = await MilestoneAsync(host);
        var succeeded = await ScanAsync(host);

        Assert.Equal((new HousekeepingResult(1, 0, 1), new HousekeepingResult(1, 0, 1), new HousekeepingResult(1, 1, 0)), (notFound, failed, succeeded));
        Assert.Equal((planned, planned), (afterNotFound, afterFailure));
        Assert.Equal(Oslo(2026, 5, 10), (await MilestoneAsync(host)).DueAt);
    }

    [Fact]
    public async Task RunAsync_ManyMilestonesInSmallPages_ChecksEachOnce_AsksOncePerPerson_SkipsThoseBeyondTheWindowOrWithoutAPerson()
    {
        await using var host = CreateHost(pageSize: 2);
        host.Clock.SetUtcNow(Oslo(2026, 4, 1, 10));
        BirthDateIs(Person, CorrectedBirthDate);
        BirthDateIs(OtherPerson, new DateOnly(2008, 5, 1));
        for (var i = 0; i < 3; i++)
        {
            await StartMilestoneAsync(host, Person);
            await StartMilestoneAsync(host, OtherPerson);
        }

        await StartMilestoneAsync(host, identityNumber: null);
        await StartMilestoneAsync(host, Person, age: "19 år");

        var result = await ScanAsync(host);

        Assert.Equal(new HousekeepingResult(6, 6, 0), result);
        var due = (await host.DeadlinesAsync(cancellationToken: Ct)).Where(d => d.MilestoneAge == "18 år" && d.PersonIdentityNumber is not null).Select(d => d.DueAt).ToList();
        Assert.Equal([Oslo(2026, 5, 1), Oslo(2026, 5, 1), Oslo(2026, 5, 1), Oslo(2026, 5, 10), Oslo(2026, 5, 10), Oslo(2026, 5, 10)], due.Order());
        _folkeregister.Verify(c => c.FindPersonAsync(Person, null, It.IsAny<CancellationToken>()), Times.Once);
        _folkeregister.Verify(c => c.FindPersonAsync(OtherPerson, null, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task RunAsync_WithLeadTime_MovesTheMilestoneByTheSameCalendarArithmeticAsTheActivity()
    {
        await using var host = CreateHost();
        host.Clock.SetUtcNow(Oslo(2026, 1, 5, 10));
        BirthDateIs(Person, new DateOnly(2008, 5, 31));

        // 18 years − 3 months from 2008-05-31: 2026-02-28 (month-end clamp, R-03), not 2026-03-03.
        await StartMilestoneAsync(host, Person, leadTime: "3 måneder");
        await ScanAsync(host);

        Assert.Equal(new DateTimeOffset(2026, 2, 28, 0, 0, 0, TimeSpan.FromHours(1)), (await MilestoneAsync(host)).DueAt);
    }

    private WorkflowTestHost CreateHost(int pageSize = 200) => WorkflowTestHost.Create(services =>
    {
        services.AddSingleton(_folkeregister.Object);
        services.AddSingleton(Options.Create(new AgeMilestoneScanOptions { PageSize = pageSize }));
        services.AddScoped<AgeMilestoneScan>();
    });

    private void BirthDateIs(string person, DateOnly birthDate) =>
        _folkeregister.Setup(c => c.FindPersonAsync(person, null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new FolkeregisterPerson(birthDate, AddressProtection.None, false));

    private static async Task<string> StartMilestoneAsync(WorkflowTestHost host, string? identityNumber, string age = "18 år", string? leadTime = null)
    {
        var definition = await host.PublishAsync(new FlowchartBuilder("Atten år")
            .Activity("start", "Elsa.Start")
            .Activity("atten", "Velferd.AgeMilestone",
                ("birthDate", Expr.Literal(PlannedBirthDate)), ("age", Expr.Literal(age)), ("leadTime", Expr.Literal(leadTime ?? "")),
                ("identityNumber", Expr.Literal(identityNumber ?? "")))
            .Activity("naadd", "Elsa.WriteLine", ("text", Expr.Literal("18 år")))
            .Connect("start", "atten")
            .Connect("atten", "naadd", "Nådd")
            .Build(), Ct);
        return await host.StartAsync(definition.DefinitionId, correlationId: "sak-18", cancellationToken: Ct);
    }

    private static async Task<HousekeepingResult> ScanAsync(WorkflowTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AgeMilestoneScan>().RunAsync(Ct);
    }

    private static async Task<Deadline> MilestoneAsync(WorkflowTestHost host) => Assert.Single(await host.DeadlinesAsync(cancellationToken: Ct));

    private static async Task<int> ReachedCountAsync(WorkflowTestHost host, string instanceId) =>
        (await host.GetLogAsync(instanceId, Ct)).Count(r => r.ActivityId == "naadd");
}
