using Velferd.Workflows.Scheduling.Time;
using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Batons;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Notifications;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class BatonRulesTests
{
    // Friday 2024-03-01 16:00 in Oslo.
    private static readonly DateTimeOffset Now = WelfareCaseBuilder.DefaultNow;
    private static readonly OsloBusinessCalendar Calendar = OsloBusinessCalendar.Default;

    private static Handover Offer(WelfareCase subject, IReadOnlyList<Handover> handovers, string toUser, DateTimeOffset? at = null) =>
        Assert.IsType<CaseChange<HandoverUpdate>.Applied>(BatonRules.Offer(subject, handovers, toUser, "ola.saksbehandler", at ?? Now, Calendar)).Value.Handover;

    [Theory]
    [InlineData("BTI", 0, null)]
    [InlineData("BTI", 1, "ola.saksbehandler")]
    [InlineData("BTI", 2, "ola.saksbehandler")]
    [InlineData("BTI", 3, "ola.saksbehandler")]
    [InlineData("Lavinntekt", null, null)]
    public void HolderOf_R35_ExactlyOneFromLevelOne(string kind, int? level, string? holder)
    {
        var subject = WelfareCaseBuilder.Open().With(c => c with { Kind = kind, Level = level }).Build();

        Assert.Equal(holder, BatonRules.HolderOf(subject, []));
    }

    [Fact]
    public void HolderOf_R36_OldHolderStaysHolderUntilAcceptance()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var offer = Offer(subject, [], "per.ppt");

        var whileOffered = BatonRules.HolderOf(subject, [offer]);
        var accepted = Assert.IsType<CaseChange<HandoverUpdate>.Applied>(BatonRules.Accept(subject, offer, "per.ppt", Now.AddDays(1))).Value.Handover;
        var afterAcceptance = BatonRules.HolderOf(subject, [accepted]);

        Assert.Equal("ola.saksbehandler", whileOffered);
        Assert.Equal("per.ppt", afterAcceptance);
    }

    [Fact]
    public void Decline_R36_ChangesNothing()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var offer = Offer(subject, [], "per.ppt");

        var declined = Assert.IsType<CaseChange<HandoverUpdate>.Applied>(BatonRules.Decline(subject, offer, "per.ppt", Now.AddDays(1))).Value.Handover;

        Assert.Equal(HandoverStatus.Declined, declined.Status);
        Assert.Equal("ola.saksbehandler", BatonRules.HolderOf(subject, [declined]));
        Assert.Null(BatonRules.PendingOffer([declined]));
    }

    [Fact]
    public void HolderOf_R35_LastAcceptedHandOverWins()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var first = Offer(subject, [], "per.ppt") with { Status = HandoverStatus.Accepted, DecidedAt = Now.AddDays(1) };
        var second = Offer(subject, [first], "hanne.helse", Now.AddDays(2)) with { Status = HandoverStatus.Accepted, DecidedAt = Now.AddDays(3) };

        Assert.Equal("hanne.helse", BatonRules.HolderOf(subject, [second, first]));
        Assert.Equal("per.ppt", second.FromUser);
    }

    [Theory]
    [InlineData("ola.saksbehandler", "er allerede stafettholder")]
    [InlineData("OLA.SAKSBEHANDLER", "er allerede stafettholder")]
    public void Offer_ToTheHolder_Conflict(string toUser, string detail)
    {
        var subject = WelfareCaseBuilder.Open().Build();

        var conflict = Assert.IsType<CaseChange<HandoverUpdate>.Conflict>(BatonRules.Offer(subject, [], toUser, "ola", Now, Calendar));

        Assert.Contains(detail, conflict.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Offer_WhileAnotherWaits_Conflict()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var pending = Offer(subject, [], "per.ppt");

        Assert.IsType<CaseChange<HandoverUpdate>.Conflict>(BatonRules.Offer(subject, [pending], "hanne.helse", "ola", Now, Calendar));
    }

    [Theory]
    [InlineData("BTI", 0, false)]
    [InlineData("Lavinntekt", null, false)]
    [InlineData("BTI", 1, true)]
    public void Offer_R35_OnlyCasesWithABaton(string kind, int? level, bool offered)
    {
        var subject = WelfareCaseBuilder.Open().With(c => c with { Kind = kind, Level = level }).Build();

        Assert.Equal(offered, BatonRules.Offer(subject, [], "per.ppt", "ola", Now, Calendar) is CaseChange<HandoverUpdate>.Applied);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Offer_NoSuccessor_FieldError(string? toUser)
    {
        var subject = WelfareCaseBuilder.Open().Build();

        var invalid = Assert.IsType<CaseChange<HandoverUpdate>.Invalid>(BatonRules.Offer(subject, [], toUser, "ola", Now, Calendar));

        Assert.Equal(["toUser"], invalid.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void Accept_Twice_Conflict()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var accepted = Offer(subject, [], "per.ppt") with { Status = HandoverStatus.Accepted, DecidedAt = Now };

        Assert.IsType<CaseChange<HandoverUpdate>.Conflict>(BatonRules.Accept(subject, accepted, "per.ppt", Now));
        Assert.IsType<CaseChange<HandoverUpdate>.Conflict>(BatonRules.Decline(subject, accepted, "per.ppt", Now));
    }

    [Theory]
    [InlineData("per.ppt", true)]
    [InlineData("PER.PPT", true)]
    [InlineData("ola.saksbehandler", false)]
    public void MayAnswer_OnlyTheSuccessor(string user, bool may)
    {
        var offer = Offer(WelfareCaseBuilder.Open().Build(), [], "per.ppt");

        Assert.Equal(may, BatonRules.MayAnswer(offer, user));
    }

    [Fact]
    public void Offer_R36_ReminderTenWorkingDaysLaterSkippingEaster()
    {
        // Offered Friday 2024-03-22 16:00 Oslo; Maundy Thursday to Easter Monday (28 March–1 April) are holidays, so the 10th
        // working day is Wednesday 2024-04-10, at 16:00 summer time.
        var subject = WelfareCaseBuilder.Open().Build();

        var offer = Offer(subject, [], "per.ppt", new DateTimeOffset(2024, 3, 22, 15, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2024, 4, 10, 14, 0, 0, TimeSpan.Zero), offer.RemindAt);
    }

    [Fact]
    public void Remind_R36_UnacceptedAfterTenWorkingDays_OldHolderRemindedAndCoordinatorAlertedOnce()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var offer = Offer(subject, [], "per.ppt");

        var early = BatonRules.Remind(subject, offer, offer.RemindAt.AddMinutes(-1));
        var due = BatonRules.Remind(subject, offer, offer.RemindAt);
        var again = BatonRules.Remind(subject, due!.Value.Handover, offer.RemindAt.AddDays(1));

        Assert.Null(early);
        Assert.Equal(
            [(NotificationKinds.HandoverReminder, "ola.saksbehandler", (string?)null), (NotificationKinds.HandoverAlert, null, "tit-sentrum")],
            due.Value.Notifications.Select(n => (n.Kind, n.Recipient, n.Team)));
        Assert.Null(again);
    }

    [Fact]
    public void Remind_R36_AnsweredOffer_NothingDue()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var offer = Offer(subject, [], "per.ppt") with { Status = HandoverStatus.Declined, DecidedAt = Now };

        Assert.Null(BatonRules.Remind(subject, offer, offer.RemindAt.AddDays(1)));
    }
}
