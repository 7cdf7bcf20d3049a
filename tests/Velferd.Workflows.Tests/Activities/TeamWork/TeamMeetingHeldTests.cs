using Microsoft.Extensions.DependencyInjection;
using Moq;
using Velferd.Workflows.Activities.TeamWork;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Welfare.Batons;
using Velferd.Workflows.Welfare.Meetings;
using static Velferd.Workflows.Tests.Activities.CaseWaitHost;

namespace Velferd.Workflows.Tests.Activities.TeamWork;

public sealed class TeamMeetingHeldTests
{
    private const string CaseId = "sak-1";

    private static readonly string[] MeetingPorts = [TeamMeetingHeld.HeldOutcome, TeamMeetingHeld.OverdueOutcome];

    private readonly List<Meeting> _meetings = [];

    private readonly List<Handover> _handovers = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TeamMeeting_RecordedHeldAfterTheWaitBegan_TakesGjennomfortAndMeetsTheDeadline()
    {
        await using var host = CreateHost();
        var id = await RunAsync(host, CaseId, "Velferd.TeamMeeting", MeetingPorts, ("deadline", Expr.Literal("3 uker")));

        await host.AdvanceTimeAsync(TimeSpan.FromDays(5), Ct);
        _meetings.Add(Held("m1", host.Clock.GetUtcNow()));
        await ResumeAsync(host, id, TeamMeetingHeld.BookmarkName);

        Assert.Equal(TeamMeetingHeld.HeldOutcome, await PortAsync(host, id));
        Assert.Equal("m1", (await OutputAsync(host, id))?["MeetingId"]?.GetValue<string>());
        var deadline = Assert.Single(await host.DeadlinesAsync(cancellationToken: Ct));
        Assert.Equal((DeadlineKind.Local, DeadlineStatus.Met, "møtefrist"), (deadline.Kind, deadline.Status, deadline.Name));
    }

    [Fact]
    public async Task TeamMeeting_ResumedWithOnlyAnEarlierOrPlannedMeeting_WaitsOn()
    {
        await using var host = CreateHost();
        _meetings.Add(Held("tidligere", host.Clock.GetUtcNow().AddDays(-30)));
        var id = await RunAsync(host, CaseId, "Velferd.TeamMeeting", MeetingPorts);
        _meetings.Add(Held("planlagt", host.Clock.GetUtcNow()) with { Status = MeetingStatus.Planned, Record = null });

        await ResumeAsync(host, id, TeamMeetingHeld.BookmarkName);

        Assert.Null(await PortAsync(host, id));
        Assert.Equal(WorkflowSubStatus.Suspended, (await host.GetInstanceAsync(id, Ct)).SubStatus);
    }

    [Fact]
    public async Task TeamMeeting_NotHeldWithinTheLocalDeadline_TakesFristenPassert()
    {
        await using var host = CreateHost();
        var id = await RunAsync(host, CaseId, "Velferd.TeamMeeting", MeetingPorts, ("deadline", Expr.Literal("3 uker")));

        await host.AdvanceTimeAsync(TimeSpan.FromDays(20), Ct);
        var before = await PortAsync(host, id);
        await host.AdvanceTimeAsync(TimeSpan.FromDays(2), Ct);

        Assert.Null(before);
        Assert.Equal(TeamMeetingHeld.OverdueOutcome, await PortAsync(host, id));
        Assert.Equal(DeadlineStatus.Overdue, Assert.Single(await host.DeadlinesAsync(cancellationToken: Ct)).Status);
    }

    [Fact]
    public async Task TeamMeeting_UnreadableDeadline_Faults()
    {
        await using var host = CreateHost();

        var id = await RunAsync(host, CaseId, "Velferd.TeamMeeting", MeetingPorts, ("deadline", Expr.Literal("snart")));

        Assert.Equal(WorkflowSubStatus.Faulted, (await host.GetInstanceAsync(id, Ct)).SubStatus);
    }

    [Fact]
    public async Task BatonHandover_R36_DeclinedOfferWaitsOn_AcceptedOfferCompletesWithTheNewHolder()
    {
        await using var host = CreateHost();
        var id = await RunAsync(host, CaseId, "Velferd.BatonHandover", ["Done"]);
        var now = host.Clock.GetUtcNow();

        _handovers.Add(Offer("h1", "lars.laerer", now) with { Status = HandoverStatus.Declined, DecidedAt = now });
        await ResumeAsync(host, id, BatonHandedOver.BookmarkName);
        var afterDecline = await PortAsync(host, id);
        _handovers.Add(Offer("h2", "petra.ppt", now) with { Status = HandoverStatus.Accepted, DecidedAt = now });
        await ResumeAsync(host, id, BatonHandedOver.BookmarkName);

        Assert.Null(afterDecline);
        Assert.Equal("Done", await PortAsync(host, id));
        Assert.Equal("petra.ppt", (await OutputAsync(host, id))?["Holder"]?.GetValue<string>());
    }

    private static Meeting Held(string id, DateTimeOffset recordedAt) => new()
    {
        Id = id,
        CaseId = CaseId,
        At = recordedAt.AddHours(-1),
        Services = ["ppt"],
        Categories = ["skole"],
        Status = MeetingStatus.Held,
        ScheduledAt = recordedAt.AddDays(-3),
        ScheduledBy = "tone.koordinator",
        Record = new MeetingRecord(recordedAt, "tone.koordinator", true, false, null, null),
    };

    private static Handover Offer(string id, string toUser, DateTimeOffset at) => new()
    {
        Id = id,
        CaseId = CaseId,
        FromUser = "tone.koordinator",
        ToUser = toUser,
        OfferedAt = at,
        OfferedBy = "tone.koordinator",
        RemindAt = at.AddDays(14),
        Status = HandoverStatus.Offered,
    };

    private WorkflowTestHost CreateHost()
    {
        var meetings = new Mock<IMeetingStore>();
        meetings.Setup(s => s.ListForCaseAsync(CaseId, It.IsAny<CancellationToken>())).ReturnsAsync(() => [.. _meetings]);
        var handovers = new Mock<IHandoverStore>();
        handovers.Setup(s => s.ListForCaseAsync(CaseId, It.IsAny<CancellationToken>())).ReturnsAsync(() => [.. _handovers]);
        return WorkflowTestHost.Create(services =>
        {
            services.AddSingleton(meetings.Object);
            services.AddSingleton(handovers.Object);
            services.AddActivity<TeamMeetingHeld>();
            services.AddActivity<BatonHandedOver>();
        });
    }
}
