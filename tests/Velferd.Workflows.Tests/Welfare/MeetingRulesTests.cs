using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Meetings;
using Velferd.Workflows.Welfare.Notifications;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class MeetingRulesTests
{
    private static readonly DateTimeOffset Now = WelfareCaseBuilder.DefaultNow;
    private static readonly DateTimeOffset NextWeek = Now.AddDays(7);
    private static readonly WelfarePolicy Begge = WelfarePolicy.Defaults("3201");

    private static MeetingInput Input(string services = "ppt,helse", string categories = "skole,helse", DateTimeOffset? at = null, params ParticipantInput[] participants) =>
        new(at ?? NextWeek, services.Split(','), categories.Split(','), participants);

    private static CaseChange<Meeting> Schedule(WelfareCase subject, IReadOnlyList<Consent> consents, MeetingInput? input = null, WelfarePolicy? policy = null) =>
        MeetingRules.Schedule(subject, input ?? Input(), consents, policy ?? Begge, "ola.saksbehandler", Now);

    private static Meeting Scheduled(WelfareCase subject, IReadOnlyList<Consent> consents, MeetingInput? input = null) =>
        Assert.IsType<CaseChange<Meeting>.Applied>(Schedule(subject, consents, input)).Value;

    [Fact]
    public void Schedule_R27_NoConsent_RefusedWithSkriftligSamtykkeMangler()
    {
        var subject = WelfareCaseBuilder.Open().Build();

        var refused = Assert.IsType<CaseChange<Meeting>.Conflict>(Schedule(subject, []));

        Assert.Equal("skriftlig samtykke mangler", refused.Detail);
    }

    [Theory]
    [InlineData("ppt,helse", "skole,helse", "", true)]
    [InlineData("ppt", "skole", "", true)]
    [InlineData("ppt,barnevern", "skole", "", false)]
    [InlineData("ppt", "skole,barnevern", "", false)]
    [InlineData("ppt", "skole", "barnevern", false)]
    [InlineData("ppt", "skole", "helse", true)]
    public void Schedule_R27_EveryServicePresentAndCategoryMustBeCovered(string services, string categories, string participantService, bool scheduled)
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var consent = ConsentBuilder.For(subject).Build();
        ParticipantInput[] participants = participantService == "" ? [] : [new("kari.deltaker", participantService)];

        var result = Schedule(subject, [consent], Input(services, categories, null, participants));

        Assert.Equal(scheduled, result is CaseChange<Meeting>.Applied);
    }

    [Fact]
    public void Schedule_R27_ParticipantsServicesCountAsPresent()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var consent = ConsentBuilder.For(subject).Build();

        var meeting = Scheduled(subject, [consent], Input("ppt", "skole", null, new ParticipantInput("hanne.helse", "helse")));

        Assert.Equal(["ppt", "helse"], meeting.Services);
        Assert.Equal(MeetingStatus.Planned, meeting.Status);
        Assert.Equal(new MeetingParticipant("hanne.helse", "helse"), Assert.Single(meeting.Participants));
    }

    [Theory]
    [InlineData("begge", "0", false)]
    [InlineData("begge", "0,1", true)]
    [InlineData("en", "0", true)]
    public void Schedule_R28_DelvisBlocksANamedDiscussion(string policyName, string guardians, bool scheduled)
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var consent = ConsentBuilder.For(subject).SignedByGuardians([.. guardians.Split(',').Select(int.Parse)]).Build();
        var policy = policyName == "en" ? Begge with { ConsentPolicy = ConsentPolicy.One } : Begge;

        var result = Schedule(subject, [consent], policy: policy);

        Assert.Equal(scheduled, result is CaseChange<Meeting>.Applied);
    }

    [Fact]
    public void Schedule_AS07_SixteenWithParentsConsentOnly_BlockedUntilOwnConsentForHealth()
    {
        var subject = WelfareCaseBuilder.Open().ChildBornOn(new DateOnly(2008, 1, 1)).Build();
        var parents = ConsentBuilder.For(subject).Covering(["helse"], ["helse"]).Build();
        var own = ConsentBuilder.For(subject).Covering(["helse"], ["helse"]).SignedByChildOnly().Build();
        var input = Input("helse", "helse");

        var before = Schedule(subject, [parents], input);
        var after = Schedule(subject, [parents, own], input);

        Assert.Equal(MeetingRules.ConsentMissing, Assert.IsType<CaseChange<Meeting>.Conflict>(before).Detail);
        Assert.IsType<CaseChange<Meeting>.Applied>(after);
    }

    [Fact]
    public void Schedule_AS07_ElevenWithParentsConsent_EnoughWhenTheChildsViewIsOnTheConsent()
    {
        var subject = WelfareCaseBuilder.Open().ChildBornOn(new DateOnly(2012, 12, 1)).Build();
        var withView = ConsentBuilder.For(subject).Build();
        var withoutView = ConsentBuilder.For(subject).With(c => c with { ChildView = null }).Build();

        Assert.IsType<CaseChange<Meeting>.Applied>(Schedule(subject, [withView]));
        Assert.IsType<CaseChange<Meeting>.Conflict>(Schedule(subject, [withoutView]));
    }

    [Theory]
    [InlineData("withdrawn")]
    [InlineData("expired")]
    [InlineData("not-yet-valid")]
    public void Schedule_R27_ConsentNotInForce_Refused(string state)
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var consent = state switch
        {
            "withdrawn" => ConsentBuilder.For(subject).With(c => c with { Withdrawals = [new ConsentWithdrawal("w", Now, [], [], "muntlig", "ola")] }).Build(),
            "expired" => ConsentBuilder.For(subject).Valid(new DateOnly(2023, 1, 1), new DateOnly(2024, 2, 29)).Build(),
            _ => ConsentBuilder.For(subject).Valid(new DateOnly(2024, 3, 2), new DateOnly(2025, 3, 1)).Build(),
        };

        Assert.IsType<CaseChange<Meeting>.Conflict>(Schedule(subject, [consent]));
    }

    [Fact]
    public void Schedule_R75_InThePastWithOtherErrors_AllFieldErrorsAtOnce()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var input = new MeetingInput(Now.AddMinutes(-1), ["ppt", "tannlege"], [], [new ParticipantInput(" ", "helse")]);

        var invalid = Assert.IsType<CaseChange<Meeting>.Invalid>(Schedule(subject, [ConsentBuilder.For(subject).Build()], input));

        Assert.Equal(["meeting.at", "meeting.categories", "meeting.participants[0].user", "meeting.services"],
            invalid.Errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Schedule_R75_AtNow_IsInThePast()
    {
        var subject = WelfareCaseBuilder.Open().Build();

        var invalid = Assert.IsType<CaseChange<Meeting>.Invalid>(Schedule(subject, [ConsentBuilder.For(subject).Build()], Input(at: Now)));

        Assert.Contains("meeting.at", invalid.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void Schedule_ClosedCase_Conflict()
    {
        var subject = WelfareCaseBuilder.Open().With(c => c with { Status = CaseStatus.Closed }).Build();

        Assert.Equal("Saken er avsluttet.", Assert.IsType<CaseChange<Meeting>.Conflict>(Schedule(subject, [ConsentBuilder.For(subject).Build()])).Detail);
    }

    [Theory]
    [InlineData("2014-05-10", null, false)]
    [InlineData("2014-05-10", "Jeg vil ha mer hjelp i matte.", true)]
    [InlineData("2019-05-10", null, true)]
    public void Record_R30_ChildsViewMandatoryFromSeven(string born, string? childView, bool recorded)
    {
        var subject = WelfareCaseBuilder.Open().ChildBornOn(DateOnly.Parse(born)).Build();
        var meeting = Scheduled(subject, [ConsentBuilder.For(subject).Build()]);

        var result = MeetingRules.Record(subject, meeting, new MeetingRecordInput(true, false, childView, "Avtalt tiltak."), "ola", NextWeek.AddHours(2));

        Assert.Equal(recorded, result is CaseChange<Meeting>.Applied { Value.Status: MeetingStatus.Held });
    }

    [Fact]
    public void Record_BeforeTheMeetingTime_Conflict()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var meeting = Scheduled(subject, [ConsentBuilder.For(subject).Build()]);

        var result = MeetingRules.Record(subject, meeting, new MeetingRecordInput(true, true, "Bra.", null), "ola", NextWeek.AddMinutes(-1));

        Assert.Equal("Møtet har ikke funnet sted ennå.", Assert.IsType<CaseChange<Meeting>.Conflict>(result).Detail);
    }

    [Fact]
    public void Cancel_PlannedMeeting_InviteesToldAvlystWithoutCaseDetails()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var meeting = Scheduled(subject, [ConsentBuilder.For(subject).Build()], Input("ppt", "skole", null, new("per.ppt", "ppt"), new("hanne.helse", "helse")));

        var update = Assert.IsType<CaseChange<MeetingUpdate>.Applied>(MeetingRules.Cancel(subject, meeting, "Sykdom", "ola", Now)).Value;

        Assert.Equal(MeetingStatus.Cancelled, Assert.Single(update.Meetings).Status);
        Assert.Equal(["per.ppt", "hanne.helse"], update.Notifications.Select(n => n.Recipient));
        Assert.All(update.Notifications, n => AssertNoCaseDetails(subject, n));
    }

    [Fact]
    public void Cancel_AlreadyCancelled_Conflict()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var meeting = Scheduled(subject, [ConsentBuilder.For(subject).Build()]) with { Status = MeetingStatus.Cancelled };

        Assert.IsType<CaseChange<MeetingUpdate>.Conflict>(MeetingRules.Cancel(subject, meeting, null, "ola", Now));
    }

    [Fact]
    public void CancelUncovered_R31_WithdrawalCancelsFutureMeetingsAndTellsInviteesAvlyst()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var consent = ConsentBuilder.For(subject).Build();
        var future = Scheduled(subject, [consent], Input("ppt", "skole", null, new ParticipantInput("per.ppt", "ppt")));
        var past = Scheduled(subject, [consent], Input("ppt", "skole", Now.AddHours(1))) with { At = Now.AddDays(-1) };
        var withdrawn = consent with { Withdrawals = [new ConsentWithdrawal("w", Now, [], [], "idporten", "mor")] };

        var applied = Assert.IsType<CaseChange<MeetingUpdate>.Applied>(
            MeetingRules.CancelUncovered(subject, [future, past], [withdrawn], Begge, "system", Now.AddHours(1), ConsentEnd.Withdrawn));

        Assert.Equal(future.Id, Assert.Single(applied.Value.Meetings).Id);
        var notice = Assert.Single(applied.Value.Notifications);
        Assert.Equal("per.ppt", notice.Recipient);
        AssertNoCaseDetails(subject, notice);
        Assert.Single(applied.Events);
    }

    [Fact]
    public void CancelUncovered_R31_NarrowingKeepsMeetingsStillCovered()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var consent = ConsentBuilder.For(subject).Build();
        var pptOnly = Scheduled(subject, [consent], Input("ppt", "skole"));
        var withHealth = Scheduled(subject, [consent], Input("ppt,helse", "skole"));
        var narrowed = consent with { Withdrawals = [new ConsentWithdrawal("w", Now, ["helse"], [], "skriftlig", "mor")] };

        var applied = Assert.IsType<CaseChange<MeetingUpdate>.Applied>(
            MeetingRules.CancelUncovered(subject, [pptOnly, withHealth], [narrowed], Begge, "system", Now, ConsentEnd.Withdrawn));

        Assert.Equal(withHealth.Id, Assert.Single(applied.Value.Meetings).Id);
    }

    private static void AssertNoCaseDetails(WelfareCase subject, Notification notice)
    {
        Assert.Equal(NotificationKinds.MeetingCancelled, notice.Kind);
        Assert.Null(notice.CaseId);
        Assert.Contains("avlyst", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(subject.Id, notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(subject.Child.Name!, notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(WelfareCaseBuilder.ChildNumber, notice.Text, StringComparison.Ordinal);
    }
}
