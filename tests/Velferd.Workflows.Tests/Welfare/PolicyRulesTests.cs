using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class PolicyRulesTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Change_FromDefaults_IsVersion1WithTheNewValuesAndTheRestKept()
    {
        var applied = Assert.IsType<CaseChange<WelfarePolicy>.Applied>(
            PolicyRules.Change(WelfarePolicy.Defaults("3201"), new PolicyInput(Version: 0, ConsentPolicy: "en", SoleConsentAge: 15), "kari", Now));

        Assert.Equal((1, "en", 15, 12, true), (applied.Value.Version, applied.Value.ConsentPolicy, applied.Value.SoleConsentAge, applied.Value.ConsentValidityMonths, applied.Value.OtherCategoriesNeedHolders));
        Assert.Equal("kari", applied.Value.ChangedBy);
    }

    [Fact]
    public void Change_StaleVersion_IsAConflict()
    {
        var current = WelfarePolicy.Defaults("3201") with { Version = 3 };

        Assert.IsType<CaseChange<WelfarePolicy>.Conflict>(PolicyRules.Change(current, new PolicyInput(Version: 2, ConsentPolicy: "en"), "kari", Now));
    }

    [Fact]
    public void Change_BadValues_EveryFieldAtOnce()
    {
        var invalid = Assert.IsType<CaseChange<WelfarePolicy>.Invalid>(PolicyRules.Change(WelfarePolicy.Defaults("3201"),
            new PolicyInput(ConsentPolicy: "alle", ConsentValidityMonths: 0, SoleConsentAge: 12, ConsentRenewalDays: 400), "kari", Now));

        Assert.Equal(["consentPolicy", "consentRenewalDays", "consentValidityMonths", "soleConsentAge"], invalid.Errors.ToDictionary().Keys.Order());
    }
}
