using Velferd.Workflows.Testing.Identity;
using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class CaseRulesTests
{
    private static readonly DateTimeOffset Now = WelfareCaseBuilder.DefaultNow;
    private static readonly string ChildFnr = WelfareCaseBuilder.ChildNumber;

    private static NewCaseInput Input(PersonInput? child = null, string? kind = CaseKind.Bti, int? level = 2) =>
        new(kind, "tit-sentrum", level, child ?? new PersonInput(Fnr: ChildFnr), [new PersonInput(Fnr: WelfareCaseBuilder.MotherNumber)], "Bekymring for fravær");

    [Theory]
    [InlineData(CaseKind.Bti, "2000-03-01", false)]
    [InlineData(CaseKind.Bti, "2000-03-02", true)]
    [InlineData(CaseKind.LowIncome, "2000-03-01", false)]
    [InlineData(CaseKind.Barnevern, "2000-03-01", true)]
    [InlineData(CaseKind.Barnevern, "1999-03-01", false)]
    public void Open_R75_PersonAged24OrMoreIsRefusedOnChild(string kind, string born, bool accepted)
    {
        var result = CaseRules.Open(Input(new PersonInput(Fnr: ChildFnr, BirthDate: DateOnly.Parse(born)), kind, level: kind == CaseKind.Bti ? 2 : null), "3201", "ola", Now, TestIdentityNumbers.Validator());

        if (accepted)
        {
            Assert.IsType<CaseChange<WelfareCase>.Applied>(result);
        }
        else
        {
            var invalid = Assert.IsType<CaseChange<WelfareCase>.Invalid>(result);
            Assert.Contains("R-75", Assert.Single(invalid.Errors.ToDictionary()["child"]), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Open_R75_EveryErrorAtOnce()
    {
        var input = new NewCaseInput("Ukjent", " ", 7, new PersonInput(Fnr: IdentityNumbers.WithBadCheckDigit(ChildFnr)),
            [new PersonInput(Unborn: true, DueDate: new DateOnly(2024, 9, 1)), new PersonInput(Fnr: ChildFnr)], new string('x', 4001));

        var invalid = Assert.IsType<CaseChange<WelfareCase>.Invalid>(CaseRules.Open(input, "3201", "ola", Now, TestIdentityNumbers.Validator()));

        Assert.Equal(["child.fnr", "guardians[0]", "kind", "question", "team"], invalid.Errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public void Open_BtiCase_IsOpenAtTheGivenLevelWithGuardiansHoldingResponsibility()
    {
        var applied = Assert.IsType<CaseChange<WelfareCase>.Applied>(CaseRules.Open(Input(), "3201", "ola", Now, TestIdentityNumbers.Validator()));

        var created = applied.Value;
        Assert.Equal((CaseStatus.Open, 2, true), (created.Status, created.Level, created.IsTeamCase));
        Assert.Equal(RegistryStatus.NotLookedUp, created.Child.RegistryStatus);
        Assert.True(Assert.Single(created.Guardians).HasParentalResponsibility);
        Assert.Equal(CaseEventKinds.Created, Assert.Single(applied.Events).Kind);
    }

    [Fact]
    public void Open_R56_UnbornChildNeedsNoLookup()
    {
        var applied = Assert.IsType<CaseChange<WelfareCase>.Applied>(
            CaseRules.Open(Input(new PersonInput(Unborn: true, DueDate: new DateOnly(2024, 9, 1)), CaseKind.HealthCentre, level: null), "3201", "ola", Now, TestIdentityNumbers.Validator()));

        Assert.Equal(RegistryStatus.NotLookedUp, applied.Value.Child.RegistryStatus);
        Assert.Null(applied.Value.Level);
    }

    [Theory]
    [InlineData(CaseKind.Bti, -1)]
    [InlineData(CaseKind.Bti, 4)]
    [InlineData(CaseKind.LowIncome, 1)]
    public void Open_LevelOutsideBtiRange_IsRefusedOnLevel(string kind, int level)
    {
        var invalid = Assert.IsType<CaseChange<WelfareCase>.Invalid>(CaseRules.Open(Input(kind: kind, level: level), "3201", "ola", Now, TestIdentityNumbers.Validator()));

        Assert.Equal(["level"], invalid.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void Close_UnknownEndCodeAndNoReason_BothRefused()
    {
        var open = WelfareCaseBuilder.Open().Build();

        var invalid = Assert.IsType<CaseChange<WelfareCase>.Invalid>(CaseRules.Close(open, "FERDIG", " ", "ola", Now));

        Assert.Equal(["endCode", "reason"], invalid.Errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public void Close_ClosedCase_IsAConflict()
    {
        var open = WelfareCaseBuilder.Open().Build();
        var closed = Assert.IsType<CaseChange<WelfareCase>.Applied>(CaseRules.Close(open, "AVSLUTTET_MÅL_NÅDD", "Målene er nådd", "ola", Now)).Value;

        var conflict = CaseRules.Close(closed, "AVSLUTTET_ETTER_ØNSKE", "igjen", "ola", Now);

        Assert.Equal((CaseStatus.Closed, "AVSLUTTET_MÅL_NÅDD"), (closed.Status, closed.EndCode));
        Assert.IsType<CaseChange<WelfareCase>.Conflict>(conflict);
    }

    [Fact]
    public void AddMember_SameUserAndServiceTwice_IsAConflict()
    {
        var open = WelfareCaseBuilder.Open().Build();
        var withMember = Assert.IsType<CaseChange<WelfareCase>.Applied>(CaseRules.AddMember(open, "per.ppt", "ppt", "ola", Now)).Value;

        var again = CaseRules.AddMember(withMember, "per.ppt", "ppt", "ola", Now);
        var badService = CaseRules.AddMember(withMember, "", "sosial", "ola", Now);

        Assert.True(withMember.HasMember("per.ppt"));
        Assert.IsType<CaseChange<WelfareCase>.Conflict>(again);
        Assert.Equal(["service", "user"], Assert.IsType<CaseChange<WelfareCase>.Invalid>(badService).Errors.ToDictionary().Keys.Order());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ChangeLevel_OpenBtiCase_MovesItAndTellsTheTimeline(int level)
    {
        var current = WelfareCaseBuilder.Open().With(c => c with { Level = 0 }).Build();

        var applied = Assert.IsType<CaseChange<WelfareCase>.Applied>(CaseRules.ChangeLevel(current, level, "Avklart i P1.", "forløp", Now));

        Assert.Equal((level, CaseStatus.Open), (applied.Value.Level, applied.Value.Status));
        Assert.Equal(CaseEventKinds.LevelChanged, Assert.Single(applied.Events).Kind);
    }

    [Fact]
    public void ChangeLevel_NotBtiOrOutOfRange_IsAFieldError_AndAClosedCaseAConflict()
    {
        var bti = WelfareCaseBuilder.Open().Build();

        var outOfRange = Assert.IsType<CaseChange<WelfareCase>.Invalid>(CaseRules.ChangeLevel(bti, 4, null, "ola", Now));
        var lowIncome = Assert.IsType<CaseChange<WelfareCase>.Invalid>(CaseRules.ChangeLevel(bti with { Kind = CaseKind.LowIncome, Level = null }, 1, null, "ola", Now));
        var closed = CaseRules.ChangeLevel(bti with { Status = CaseStatus.Closed, EndCode = "FLYTTET" }, 1, null, "ola", Now);

        Assert.Equal(["level"], outOfRange.Errors.ToDictionary().Keys);
        Assert.Equal(["level"], lowIncome.Errors.ToDictionary().Keys);
        Assert.IsType<CaseChange<WelfareCase>.Conflict>(closed);
    }

    [Fact]
    public void Open_WithTheRegistryLookup_NumberedPersonsWaitForFolkeregisteret_TheUnbornDoesNot()
    {
        var input = new NewCaseInput(CaseKind.Bti, "tit-sentrum", 1, new PersonInput(Unborn: true, DueDate: new DateOnly(2024, 9, 1)),
            [new PersonInput(Fnr: WelfareCaseBuilder.MotherNumber)], null);

        var looked = Assert.IsType<CaseChange<WelfareCase>.Applied>(CaseRules.Open(input, "3201", "ola", Now, TestIdentityNumbers.Validator(), lookUpPersons: true)).Value;
        var notLooked = Assert.IsType<CaseChange<WelfareCase>.Applied>(CaseRules.Open(input, "3201", "ola", Now, TestIdentityNumbers.Validator())).Value;

        Assert.Equal((RegistryStatus.NotLookedUp, RegistryStatus.Pending), (looked.Child.RegistryStatus, Assert.Single(looked.Guardians).RegistryStatus));
        Assert.Equal(RegistryStatus.NotLookedUp, Assert.Single(notLooked.Guardians).RegistryStatus);
    }
}
