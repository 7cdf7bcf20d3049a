using Velferd.Workflows.Testing.Identity;
using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Policies;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class ConsentRulesTests
{
    private static readonly DateTimeOffset Now = WelfareCaseBuilder.DefaultNow;
    private static readonly WelfarePolicy Policy = WelfarePolicy.Defaults("3201");

    private static ConsentInput Input(DateOnly? validTo = null, string? childView = "Jeg vil ha hjelp.", params SignerInput[] signers) => new(
        signers.Length > 0 ? signers : [new SignerInput(new PersonInput(Fnr: WelfareCaseBuilder.MotherNumber), "forelder")],
        ["ppt", "helse"], ["skole"], "Drøfting i TIT", new DateOnly(2024, 3, 1), validTo, "skannet", childView);

    [Fact]
    public void Record_R26_DefaultValidityIsTwelveMonthsInclusive()
    {
        var applied = Assert.IsType<CaseChange<Consent>.Applied>(ConsentRules.Record(WelfareCaseBuilder.Open().Build(), Input(), Policy, "ola", Now, TestIdentityNumbers.Validator()));

        Assert.Equal((new DateOnly(2024, 3, 1), new DateOnly(2025, 2, 28)), (applied.Value.ValidFrom, applied.Value.ValidTo));
        Assert.Equal(CaseEventKinds.ConsentRecorded, Assert.Single(applied.Events).Kind);
    }

    [Fact]
    public void Record_R26_PolicyValidityIsTheDefault()
    {
        var applied = Assert.IsType<CaseChange<Consent>.Applied>(
            ConsentRules.Record(WelfareCaseBuilder.Open().Build(), Input(), Policy with { ConsentValidityMonths = 6 }, "ola", Now, TestIdentityNumbers.Validator()));

        Assert.Equal(new DateOnly(2024, 8, 31), applied.Value.ValidTo);
    }

    [Fact]
    public void Record_R75_ValidToBeforeValidFromIsRefusedOnConsentValidTo()
    {
        var invalid = Assert.IsType<CaseChange<Consent>.Invalid>(
            ConsentRules.Record(WelfareCaseBuilder.Open().Build(), Input(validTo: new DateOnly(2024, 2, 29)), Policy, "ola", Now, TestIdentityNumbers.Validator()));

        Assert.Equal(["consent.validTo"], invalid.Errors.ToDictionary().Keys);
    }

    [Theory]
    [InlineData("2017-03-02", false)]
    [InlineData("2017-03-01", true)]
    [InlineData("2006-03-02", true)]
    [InlineData("2006-03-01", false)]
    public void Record_R30_ChildsViewRequiredFromSevenToSeventeen(string born, bool required)
    {
        var subject = WelfareCaseBuilder.Open().ChildBornOn(DateOnly.Parse(born)).Build();
        var signer = Age.On(DateOnly.Parse(born), new DateOnly(2024, 3, 1)) >= 18
            ? new SignerInput(new PersonInput(Fnr: WelfareCaseBuilder.ChildNumber), "selv")
            : new SignerInput(new PersonInput(Fnr: WelfareCaseBuilder.MotherNumber), "forelder");

        var result = ConsentRules.Record(subject, Input(childView: null, signers: signer), Policy, "ola", Now, TestIdentityNumbers.Validator());

        if (required)
        {
            Assert.Equal(["consent.childView"], Assert.IsType<CaseChange<Consent>.Invalid>(result).Errors.ToDictionary().Keys);
        }
        else
        {
            Assert.IsType<CaseChange<Consent>.Applied>(result);
        }
    }

    [Fact]
    public void Record_R30_YoungPersonSigningThemselvesGivesTheirOwnView()
    {
        var subject = WelfareCaseBuilder.Open().ChildBornOn(new DateOnly(2007, 12, 1)).Build();

        var result = ConsentRules.Record(subject, Input(childView: null, signers: new SignerInput(new PersonInput(Fnr: WelfareCaseBuilder.ChildNumber), "selv")), Policy, "ola", Now, TestIdentityNumbers.Validator());

        Assert.IsType<CaseChange<Consent>.Applied>(result);
    }

    [Fact]
    public void Record_R75_EveryErrorAtOnce()
    {
        var input = new ConsentInput(
            [new SignerInput(new PersonInput(Fnr: IdentityNumbers.WithBadCheckDigit(WelfareCaseBuilder.MotherNumber)), "mor"),
             new SignerInput(new PersonInput(Fnr: WelfareCaseBuilder.MotherNumber), "selv")],
            ["ppt", "sosial"], [], " ", new DateOnly(2024, 3, 1), new DateOnly(2024, 1, 1), "epost", null);

        var invalid = Assert.IsType<CaseChange<Consent>.Invalid>(ConsentRules.Record(WelfareCaseBuilder.Open().Build(), input, Policy, "ola", Now, TestIdentityNumbers.Validator()));

        Assert.Equal(
            ["consent.categories", "consent.childView", "consent.method", "consent.purpose", "consent.services", "consent.signers[0].capacity",
             "consent.signers[0].person.fnr", "consent.signers[1].capacity", "consent.validTo"],
            invalid.Errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public void Record_ClosedCase_IsAConflict()
    {
        var closed = WelfareCaseBuilder.Open().With(c => c with { Status = CaseStatus.Closed }).Build();

        Assert.IsType<CaseChange<Consent>.Conflict>(ConsentRules.Record(closed, Input(), Policy, "ola", Now, TestIdentityNumbers.Validator()));
    }

    [Fact]
    public void Withdraw_R31_NarrowingRemovesOnlyThatScope()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var consent = ConsentBuilder.For(subject).Build();

        var applied = Assert.IsType<CaseChange<Consent>.Applied>(ConsentRules.Withdraw(subject, consent, new WithdrawalInput(["helse"], null, "muntlig"), "ola", Now));

        Assert.Equal(["ppt/skole", "ppt/helse"], applied.Value.RemainingScope.Select(s => s.ToString()));
        Assert.Equal(CaseEventKinds.ConsentNarrowed, Assert.Single(applied.Events).Kind);
    }

    [Fact]
    public void Withdraw_R31_EverythingThenAgainIsAConflict()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var consent = ConsentBuilder.For(subject).Build();

        var withdrawn = Assert.IsType<CaseChange<Consent>.Applied>(ConsentRules.Withdraw(subject, consent, new WithdrawalInput(null, null, "idporten"), "ola", Now));
        var again = ConsentRules.Withdraw(subject, withdrawn.Value, new WithdrawalInput(null, null, "idporten"), "ola", Now);

        Assert.True(withdrawn.Value.IsFullyWithdrawn);
        Assert.Equal(CaseEventKinds.ConsentWithdrawn, Assert.Single(withdrawn.Events).Kind);
        Assert.IsType<CaseChange<Consent>.Conflict>(again);
    }

    [Fact]
    public void Withdraw_R31_ScopeTheConsentNeverHadAndNoChannelAreRefused()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var consent = ConsentBuilder.For(subject).Build();

        var invalid = Assert.IsType<CaseChange<Consent>.Invalid>(ConsentRules.Withdraw(subject, consent, new WithdrawalInput(["nav"], ["okonomi"], null), "ola", Now));

        Assert.Equal(["categories", "services", "via"], invalid.Errors.ToDictionary().Keys.Order());
    }
}
