using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class ConsentStatusTests
{
    private static readonly DateOnly Today = new(2024, 3, 1);
    private static readonly WelfarePolicy Begge = WelfarePolicy.Defaults("3201");

    private static WelfarePolicy PolicyNamed(string name) => name switch
    {
        "begge" => Begge,
        "en" => Begge with { ConsentPolicy = ConsentPolicy.One },
        "alene-fra-15" => Begge with { OtherCategoriesNeedHolders = false, SoleConsentAge = 15 },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>Signers by letter: M the mother (guardian 0), F the father (guardian 1), C the child signing for themselves.</summary>
    private static List<ConsentSigner> Signers(WelfareCase subject, string letters) =>
    [
        .. letters.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(letter => letter switch
        {
            "M" => new ConsentSigner(subject.Guardians[0].Identity, SignerCapacity.Parent, null),
            "F" => new ConsentSigner(subject.Guardians[1].Identity, SignerCapacity.Parent, null),
            "C" => new ConsentSigner(subject.Child.Identity, SignerCapacity.Self, null),
            _ => throw new ArgumentOutOfRangeException(nameof(letters)),
        }),
    ];

    [Theory]
    [InlineData("2014-05-10", "begge", "M,F", "skole", "GYLDIG")]
    [InlineData("2014-05-10", "begge", "M", "skole", "DELVIS")]
    [InlineData("2014-05-10", "en", "M", "skole", "GYLDIG")]
    [InlineData("2014-05-10", "begge", "M,F", "helse", "GYLDIG")]
    [InlineData("2008-01-01", "begge", "M,F", "helse", "MANGLER")]
    [InlineData("2008-01-01", "begge", "C", "helse", "GYLDIG")]
    [InlineData("2008-01-01", "begge", "C", "skole", "DELVIS")]
    [InlineData("2008-01-01", "begge", "M,F", "skole", "DELVIS")]
    [InlineData("2008-01-01", "begge", "C,M,F", "skole", "GYLDIG")]
    [InlineData("2008-01-01", "en", "C,M", "skole", "GYLDIG")]
    [InlineData("2008-06-01", "begge", "C", "skole", "MANGLER")]
    [InlineData("2008-06-01", "alene-fra-15", "C", "skole", "GYLDIG")]
    [InlineData("2006-03-01", "begge", "M,F", "skole", "MANGLER")]
    [InlineData("2006-03-01", "begge", "C", "skole", "GYLDIG")]
    [InlineData("2006-03-01", "begge", "C", "helse", "GYLDIG")]
    public void ConsentStatus_R28_WhoMustSignByAgeCategoryAndPolicy(string born, string policy, string signers, string category, string expected)
    {
        var subject = WelfareCaseBuilder.Open().ChildBornOn(DateOnly.Parse(born)).Build();
        var consent = ConsentBuilder.For(subject).Covering(["ppt"], [category]).With(c => c with { Signers = Signers(subject, signers) }).Build();

        var report = ConsentStatusRules.Compute(subject, [consent], PolicyNamed(policy), Today);

        Assert.Equal(expected, ConsentStatusCodes.Of(report.For("ppt")));
        Assert.Equal(expected, ConsentStatusCodes.Of(report.Status));
        Assert.Equal(expected == "GYLDIG", report.Missing.Count == 0);
    }

    [Fact]
    public void ConsentStatus_R28_BeggeWithOneOfTwoSignaturesSaysHowManyHaveSigned()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var consent = ConsentBuilder.For(subject).SignedByGuardians(0).Build();

        var report = ConsentStatusRules.Compute(subject, [consent], Begge, Today);

        Assert.Equal(ConsentStatus.Partial, report.Status);
        Assert.Contains(report.Missing, reason => reason.Contains("1 av 2", StringComparison.Ordinal));
    }

    [Fact]
    public void ConsentStatus_R28_OnlyOneRegisteredHolderMakesOneSignatureEnoughUnderBegge()
    {
        var subject = WelfareCaseBuilder.Open().HoldersAre(0).Build();
        var consent = ConsentBuilder.For(subject).SignedByGuardians(0).Build();

        Assert.Equal(ConsentStatus.Valid, ConsentStatusRules.Compute(subject, [consent], Begge, Today).Status);
    }

    [Fact]
    public void ConsentStatus_R28_AS07_YoungPersonOf16Years2MonthsMustConsentToHealth()
    {
        var subject = WelfareCaseBuilder.Open().ChildBornOn(new DateOnly(2008, 1, 1)).Build();
        var parents = ConsentBuilder.For(subject).Covering(["helse", "skole"], ["helse", "skole"]).Build();
        var own = ConsentBuilder.For(subject).SignedByChildOnly().Covering(["helse", "skole"], ["helse", "skole"]).Build();

        var before = ConsentStatusRules.Compute(subject, [parents], Begge, Today);
        var after = ConsentStatusRules.Compute(subject, [parents, own], Begge, Today);

        Assert.Equal(ConsentStatus.Partial, before.For("helse"));
        Assert.Contains(before.Missing, reason => reason.StartsWith("helse/helse: den unges eget samtykke mangler", StringComparison.Ordinal));
        Assert.Equal(ConsentStatus.Valid, after.Status);
    }

    [Fact]
    public void ConsentStatus_R28_UnbornChildNeedsThePregnantWoman()
    {
        var subject = WelfareCaseBuilder.Open().Unborn(new DateOnly(2024, 9, 1)).Build();
        var byHer = ConsentBuilder.For(subject).SignedByGuardians(0).With(c => c with { ChildView = null }).Build();
        var bySomeoneElse = ConsentBuilder.For(subject).With(c => c with
        {
            Signers = [new ConsentSigner(Velferd.Workflows.Welfare.Persons.PersonIdentity.OfFnr(WelfareCaseBuilder.FatherNumber), SignerCapacity.Parent, null)],
        }).Build();

        Assert.Equal(ConsentStatus.Valid, ConsentStatusRules.Compute(subject, [byHer], Begge, Today).Status);
        Assert.Equal(ConsentStatus.Missing, ConsentStatusRules.Compute(subject, [bySomeoneElse], Begge, Today).Status);
    }

    [Fact]
    public void ConsentStatus_R30_ConsentWithoutTheChildsViewDoesNotCountFromSeven()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var consent = ConsentBuilder.For(subject).With(c => c with { ChildView = null }).Build();

        var report = ConsentStatusRules.Compute(subject, [consent], Begge, Today);

        Assert.Equal(ConsentStatus.Missing, report.Status);
        Assert.Contains(report.Missing, reason => reason.Contains("R-30", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2025-02-28", "GYLDIG")]
    [InlineData("2025-03-01", "UTLØPT")]
    [InlineData("2024-02-29", "MANGLER")]
    public void ConsentStatus_R32_ValidToIsInclusiveAndThenNothingIsCovered(string day, string expected)
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var consent = ConsentBuilder.For(subject).Build();

        var report = ConsentStatusRules.Compute(subject, [consent], Begge, DateOnly.Parse(day));

        Assert.Equal(expected, ConsentStatusCodes.Of(report.Status));
        Assert.All(report.Services.Values, status => Assert.Equal(expected, ConsentStatusCodes.Of(status)));
    }

    [Fact]
    public void ConsentStatus_R31_WithdrawnConsentIsTrukket()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var consent = ConsentBuilder.For(subject).Build();
        var withdrawn = consent with { Withdrawals = [new ConsentWithdrawal("w1", WelfareCaseBuilder.DefaultNow, [], [], WithdrawalChannel.IdPorten, "ola")] };

        var report = ConsentStatusRules.Compute(subject, [withdrawn], Begge, Today);

        Assert.Equal((ConsentStatus.Withdrawn, ConsentStatus.Withdrawn, ConsentStatus.Withdrawn), (report.Status, report.For("ppt"), report.For("helse")));
    }

    [Fact]
    public void ConsentStatus_R31_NarrowingWithdrawsOnlyThatService()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var consent = ConsentBuilder.For(subject).Build();
        var narrowed = consent with { Withdrawals = [new ConsentWithdrawal("w1", WelfareCaseBuilder.DefaultNow, ["helse"], [], WithdrawalChannel.Oral, "ola")] };

        var report = ConsentStatusRules.Compute(subject, [narrowed], Begge, Today);

        Assert.Equal((ConsentStatus.Partial, ConsentStatus.Valid, ConsentStatus.Withdrawn), (report.Status, report.For("ppt"), report.For("helse")));
        Assert.True(report.Covers(["ppt"]));
        Assert.False(report.Covers(["ppt", "helse"]));
    }

    [Fact]
    public void ConsentStatus_R31_ANewConsentAfterAWithdrawalCoversAgain()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var withdrawn = ConsentBuilder.For(subject).Build() with { Withdrawals = [new ConsentWithdrawal("w1", WelfareCaseBuilder.DefaultNow, [], [], WithdrawalChannel.Written, "ola")] };
        var renewed = ConsentBuilder.For(subject).Build();

        Assert.Equal(ConsentStatus.Valid, ConsentStatusRules.Compute(subject, [withdrawn, renewed], Begge, Today).Status);
    }

    [Fact]
    public void ConsentStatus_R27_NoConsentIsMangler()
    {
        var report = ConsentStatusRules.Compute(WelfareCaseBuilder.Open().Build(), [], Begge, Today);

        Assert.Equal(ConsentStatus.Missing, report.Status);
        Assert.Empty(report.Services);
        Assert.Single(report.Missing);
        Assert.False(report.Covers(["ppt"]));
    }

    [Fact]
    public void ConsentStatus_MissingReasons_HoldNoIdentityNumbers()
    {
        var subject = WelfareCaseBuilder.Open().ChildBornOn(new DateOnly(2008, 1, 1)).Build();
        var consent = ConsentBuilder.For(subject).SignedByGuardians(0).Build();

        var report = ConsentStatusRules.Compute(subject, [consent], Begge, Today);

        Assert.NotEmpty(report.Missing);
        Assert.DoesNotContain(report.Missing, reason => subject.Persons.Any(p => reason.Contains(p.Identity.Number!, StringComparison.Ordinal)));
    }
}
