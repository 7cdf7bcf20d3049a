using Velferd.Workflows.Scheduling.Time;
using Velferd.Workflows.Testing.Identity;
using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Reports;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class ReportRulesTests
{
    private static readonly OsloBusinessCalendar Calendar = OsloBusinessCalendar.Default;
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 15, 0, 0, TimeSpan.Zero);

    private static ReportInput Input(params PersonInput?[] children) =>
        new(Now.AddHours(-1), ReportChannels.FiksIo, new ReporterInput(ReporterCategories.Public, "skole"), children, null, "Bekymring", false);

    private static ConcernReport Received(DateTimeOffset receivedAt)
    {
        var input = Input(new PersonInput(Fnr: WelfareCaseBuilder.ChildNumber)) with { ReceivedAt = receivedAt };
        return ReportRules.New(input, "m1", 0, "sak1", "3201", "bv-vest", (PersonIdentity.OfFnr(WelfareCaseBuilder.ChildNumber), ChildIdentityStatuses.Identified), null, "bjorn", receivedAt);
    }

    [Theory]
    [InlineData("valid", null, null, "IDENTIFISERT", IdentityKind.Fnr)]
    [InlineData("bad", null, null, "IDENTITET_UAVKLART", IdentityKind.Fnr)]
    [InlineData(null, "bad", null, "IDENTITET_UAVKLART", IdentityKind.Dnr)]
    [InlineData("valid", "bad", null, "IDENTITET_UAVKLART", IdentityKind.Fnr)]
    [InlineData(null, null, null, "IDENTITET_UAVKLART", IdentityKind.Unknown)]
    [InlineData("123456789012345", null, null, "IDENTITET_UAVKLART", IdentityKind.Unknown)]
    [InlineData(null, null, "2024-08-01", "UFØDT", IdentityKind.Unborn)]
    public void IdentifyLeniently_R58_NeverFailsAndFlagsWhatIsNotAValidNumber(string? fnr, string? dnr, string? due, string status, IdentityKind kind)
    {
        var valid = WelfareCaseBuilder.ChildNumber;
        var person = new PersonInput(
            Fnr: fnr switch { "valid" => valid, "bad" => IdentityNumbers.WithBadCheckDigit(valid), _ => fnr },
            Dnr: dnr == "bad" ? IdentityNumbers.WithBadCheckDigit(IdentityNumbers.Dnr(new DateOnly(2014, 5, 10))) : dnr,
            Unborn: due is null ? null : true,
            DueDate: due is null ? null : DateOnly.Parse(due));

        var (identity, identityStatus) = ReportRules.IdentifyLeniently(person, TestIdentityNumbers.Validator());

        Assert.Equal((status, kind), (identityStatus, identity.Kind));
    }

    [Fact]
    public void Validate_R59_R75_EveryErrorAtOnce()
    {
        var input = new ReportInput(
            Now.AddMinutes(1), "brevdue", new ReporterInput("hemmelig", new string('x', 201)),
            [new PersonInput(Fnr: "1", DueDate: new DateOnly(2024, 8, 1)), new PersonInput(Fnr: WelfareCaseBuilder.ChildNumber, Unborn: true, DueDate: new DateOnly(2024, 8, 1)), null],
            [new PersonInput(Unborn: true, DueDate: new DateOnly(2024, 8, 1))], " ", false);

        var errors = ReportRules.Validate(input, Now).ToDictionary();

        Assert.Equal(
            ["channel", "children[0].dueDate", "children[1].unborn", "children[2]", "guardians[0]", "receivedAt", "reporter.category", "reporter.role", "text"],
            errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_R58_BadNumbersAreNoErrors()
    {
        var errors = ReportRules.Validate(Input(new PersonInput(Fnr: "12345678901"), new PersonInput(Name: "Ukjent")), Now);

        Assert.True(errors.IsEmpty);
    }

    [Theory]
    [InlineData("2024-03-01T16:00:00+01:00", "2024-03-04T10:00:00+01:00", "2024-03-04")]
    [InlineData("2024-03-01T16:00:00+01:00", "2024-03-08T15:59:00+01:00", "2024-03-08")]
    [InlineData("2024-03-01T16:00:00+01:00", "2024-03-20T09:00:00+01:00", "2024-03-08")]
    [InlineData("2024-03-28T23:30:00+01:00", "2024-04-10T09:00:00+02:00", "2024-04-04")]
    public void InvestigationStart_R14_TheReviewDateAtTheLatestReceiptPlusSevenDays(string received, string decided, string start)
    {
        var result = ReportRules.InvestigationStart(DateTimeOffset.Parse(received), DateTimeOffset.Parse(decided), Calendar);

        Assert.Equal(DateOnly.Parse(start), result);
    }

    [Theory]
    [InlineData("henlegg", false, 1, "HENLAGT")]
    [InlineData("henlegg", true, 3, "HENLAGT")]
    [InlineData("undersok", false, 2, "UNDERSØKES")]
    public void Review_R18_OutcomeGivesTheSsbCode(string outcome, bool activeMeasures, int code, string status)
    {
        var report = Received(Now.AddDays(-2));

        var applied = Assert.IsType<CaseChange<ReviewDecision>.Applied>(
            ReportRules.Review(report, false, outcome, "Vurdert.", activeMeasures, null, "bjorn", Now, Calendar));

        Assert.Equal((code, status), (applied.Value.Report.SsbCode, applied.Value.Report.Status));
        Assert.Equal(outcome == "undersok", applied.Value.Investigation is not null);
    }

    [Fact]
    public void Review_AlreadyReviewedOrAnotherInvestigationOpen_IsAConflict()
    {
        var report = Received(Now.AddDays(-2));
        var reviewed = ((CaseChange<ReviewDecision>.Applied)ReportRules.Review(report, false, "henlegg", "Vurdert.", false, null, "bjorn", Now, Calendar)).Value.Report;

        Assert.IsType<CaseChange<ReviewDecision>.Conflict>(ReportRules.Review(reviewed, false, "undersok", "Likevel.", false, null, "bjorn", Now, Calendar));
        Assert.IsType<CaseChange<ReviewDecision>.Conflict>(ReportRules.Review(report, true, "undersok", "Igjen.", false, null, "bjorn", Now, Calendar));
    }

    [Fact]
    public void Review_DecidedBeforeReceipt_IsAFieldError()
    {
        var report = Received(Now.AddDays(-2));

        var invalid = Assert.IsType<CaseChange<ReviewDecision>.Invalid>(
            ReportRules.Review(report, false, "henlegg", "Vurdert.", false, Now.AddDays(-3), "bjorn", Now, Calendar));

        Assert.Equal(["decidedAt"], invalid.Errors.ToDictionary().Keys);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(6, true)]
    [InlineData(7, false)]
    public void Conclude_R18_CodesOneToSix(int code, bool accepted)
    {
        var investigation = InvestigationOf(Received(Now.AddDays(-2)));

        var result = ReportRules.Conclude(investigation, code, "Konkludert.", "berit", Now);

        Assert.Equal(accepted, result is CaseChange<Investigation>.Applied);
    }

    [Fact]
    public void AddDeviationNote_R16_OnlyOnceTheDeadlineHasPassed()
    {
        var investigation = InvestigationOf(Received(Now.AddDays(-2)));

        var early = ReportRules.AddDeviationNote(investigation, deadlinePassed: false, "Forsinket.", "berit", Now);
        var late = ReportRules.AddDeviationNote(investigation, deadlinePassed: true, "Forsinket på grunn av sykdom.", "berit", Now);

        Assert.IsType<CaseChange<Investigation>.Conflict>(early);
        Assert.Equal("Forsinket på grunn av sykdom.", Assert.Single(Assert.IsType<CaseChange<Investigation>.Applied>(late).Value.DeviationNotes).Text);
    }

    [Theory]
    [InlineData(1, "VEDTAK_TILTAK")]
    [InlineData(2, "BEGJÆRING_NEMND")]
    [InlineData(3, "UNDERSØKELSE_HENLAGT_VURDERING")]
    [InlineData(4, "UNDERSØKELSE_HENLAGT_PARTENS_ØNSKE")]
    [InlineData(5, "UNDERSØKELSE_HENLAGT_FLYTTING")]
    [InlineData(6, "UNDERSØKELSE_HENLAGT_HENVIST")]
    public void ConclusionEndCode_R18_EachCodeHasItsP3EndCode(int code, string endCode) =>
        Assert.Equal(endCode, SsbCodes.ConclusionEndCode(code));

    private static Investigation InvestigationOf(ConcernReport report) =>
        ((CaseChange<ReviewDecision>.Applied)ReportRules.Review(report, false, "undersok", "Vurdert.", false, null, "bjorn", Now, Calendar)).Value.Investigation!;
}
