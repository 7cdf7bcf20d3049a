using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.CaseLog;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class CaseLogRulesTests
{
    private static readonly DateTimeOffset Now = WelfareCaseBuilder.DefaultNow;
    private static readonly DateOnly Today = new(2024, 3, 1);
    private static readonly WelfarePolicy Begge = WelfarePolicy.Defaults("3201");

    private static WelfareCase WithMembers(params (string User, string Service)[] members) => WelfareCaseBuilder.Open()
        .With(c => c with { Members = [.. members.Select(m => new CaseMember(m.User, m.Service, Now, "ola"))] })
        .Build();

    private static CaseChange<CaseLogEntry> Add(WelfareCase subject, CaseLogEntryInput input, IReadOnlyList<Consent>? consents = null) =>
        CaseLogRules.Add(subject, input, consents ?? [ConsentBuilder.For(subject).Build()], [], Begge, "per.ppt", Now);

    [Theory]
    [InlineData("per.ppt", true)]
    [InlineData("hanne.helse", true)]
    [InlineData("berit.barnevern", false)]
    [InlineData("ukjent.bruker", false)]
    public void MayRead_R27_OnlyMembersForConsentedServices(string user, bool may)
    {
        var subject = WithMembers(("per.ppt", "ppt"), ("hanne.helse", "helse"), ("berit.barnevern", "barnevern"));

        Assert.Equal(may, CaseLogRules.MayRead(subject, [ConsentBuilder.For(subject).Build()], Begge, user, Today));
    }

    [Theory]
    [InlineData("withdrawn")]
    [InlineData("narrowed-ppt")]
    [InlineData("expired")]
    public void MayRead_R31_WithdrawalOrExpiryRemovesAccess(string state)
    {
        var subject = WithMembers(("per.ppt", "ppt"));
        var consent = ConsentBuilder.For(subject).Build();
        consent = state switch
        {
            "withdrawn" => consent with { Withdrawals = [new ConsentWithdrawal("w", Now, [], [], "idporten", "mor")] },
            "narrowed-ppt" => consent with { Withdrawals = [new ConsentWithdrawal("w", Now, ["ppt"], [], "idporten", "mor")] },
            _ => consent,
        };
        var day = state == "expired" ? consent.ValidTo.AddDays(1) : Today;

        Assert.False(CaseLogRules.MayRead(subject, [consent], Begge, "per.ppt", day));
    }

    [Fact]
    public void MayRead_R28_DelvisGivesNoAccess()
    {
        var subject = WithMembers(("per.ppt", "ppt"));

        Assert.False(CaseLogRules.MayRead(subject, [ConsentBuilder.For(subject).SignedByGuardians(0).Build()], Begge, "per.ppt", Today));
    }

    [Fact]
    public void Add_Measure_KeepsResponsibleServiceDueDateAndPlannedStatus()
    {
        var subject = WithMembers(("per.ppt", "ppt"));

        var entry = Assert.IsType<CaseChange<CaseLogEntry>.Applied>(Add(subject, new CaseLogEntryInput("measure", "Leseopplegg", "ppt", new DateOnly(2024, 4, 1)))).Value;

        Assert.Equal(("measure", "ppt", new DateOnly(2024, 4, 1), "planlagt"), (entry.Kind, entry.ResponsibleService, entry.DueDate, entry.Status));
    }

    [Fact]
    public void Add_MeasureWithoutItsFields_AllErrorsAtOnce()
    {
        var subject = WithMembers(("per.ppt", "ppt"));

        var invalid = Assert.IsType<CaseChange<CaseLogEntry>.Invalid>(Add(subject, new CaseLogEntryInput("measure", " ", Status: "ferdig")));

        Assert.Equal(["dueDate", "responsibleService", "status", "text"], invalid.Errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Add_R27_MeasureOnAServiceWithoutConsent_FieldError()
    {
        var subject = WithMembers(("per.ppt", "ppt"));

        var invalid = Assert.IsType<CaseChange<CaseLogEntry>.Invalid>(Add(subject, new CaseLogEntryInput("measure", "Hjemmebesøk", "barnevern", new DateOnly(2024, 4, 1))));

        Assert.Equal(["responsibleService"], invalid.Errors.ToDictionary().Keys);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Add_Evaluation_GoalAttainmentOneToFive(int? attainment, bool added)
    {
        var subject = WithMembers(("per.ppt", "ppt"));

        Assert.Equal(added, Add(subject, new CaseLogEntryInput("evaluation", "Bedre trivsel", GoalAttainment: attainment)) is CaseChange<CaseLogEntry>.Applied);
    }

    [Fact]
    public void Add_UnknownKindAndFieldsOfOtherKinds_FieldErrors()
    {
        var subject = WithMembers(("per.ppt", "ppt"));

        var invalid = Assert.IsType<CaseChange<CaseLogEntry>.Invalid>(Add(subject, new CaseLogEntryInput("notat", "x")));
        var misplaced = Assert.IsType<CaseChange<CaseLogEntry>.Invalid>(Add(subject, new CaseLogEntryInput("goal", "Mål", DueDate: new DateOnly(2024, 4, 1), GoalAttainment: 3)));

        Assert.Equal(["kind"], invalid.Errors.ToDictionary().Keys);
        Assert.Equal(["dueDate", "goalAttainment"], misplaced.Errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Add_MeetingEntryForAnotherCasesMeeting_FieldError()
    {
        var subject = WithMembers(("per.ppt", "ppt"));

        var invalid = Assert.IsType<CaseChange<CaseLogEntry>.Invalid>(Add(subject, new CaseLogEntryInput("meeting", "Referat", MeetingId: "finnes-ikke")));

        Assert.Equal(["meetingId"], invalid.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void Add_ClosedCase_FrozenLog()
    {
        var subject = WithMembers(("per.ppt", "ppt")) with { Status = CaseStatus.Closed, EndCode = EndCodes.ConsentWithdrawn };

        var conflict = Assert.IsType<CaseChange<CaseLogEntry>.Conflict>(Add(subject, new CaseLogEntryInput("goal", "Mål")));

        Assert.Equal(CaseLogRules.Frozen, conflict.Detail);
    }

    [Fact]
    public void Add_LevelZero_Conflict()
    {
        var subject = WithMembers(("per.ppt", "ppt")) with { Level = 0 };

        Assert.IsType<CaseChange<CaseLogEntry>.Conflict>(Add(subject, new CaseLogEntryInput("goal", "Mål")));
    }
}
