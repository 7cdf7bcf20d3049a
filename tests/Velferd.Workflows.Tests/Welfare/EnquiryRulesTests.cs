using Velferd.Workflows.Testing.Identity;
using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Enquiries;
using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class EnquiryRulesTests
{
    private static readonly DateTimeOffset Now = WelfareCaseBuilder.DefaultNow;

    [Fact]
    public void Register_AnyChannel_IsALevel0BtiCaseWhoseQuestionIsTheConcern()
    {
        var input = new EnquiryInput("webskjema", "forelder", "  Mye fravær.  ", false, "tit-sentrum", new PersonInput(Fnr: WelfareCaseBuilder.ChildNumber), null);

        var applied = Assert.IsType<CaseChange<WelfareCase>.Applied>(EnquiryRules.Register(input, "3201", "tone.koordinator", Now, TestIdentityNumbers.Validator()));

        Assert.Equal((CaseKind.Bti, 0, "Mye fravær.", CaseStatus.Open), (applied.Value.Kind, applied.Value.Level, applied.Value.Question, applied.Value.Status));
    }

    [Fact]
    public void Register_R75_EveryErrorAtOnce_IncludingTheCasesOwn()
    {
        var input = new EnquiryInput("brevdue", null, " ", null, null, new PersonInput(Fnr: WelfareCaseBuilder.ChildNumber, BirthDate: new DateOnly(1990, 1, 1)), null);

        var invalid = Assert.IsType<CaseChange<WelfareCase>.Invalid>(EnquiryRules.Register(input, "3201", "tone.koordinator", Now, TestIdentityNumbers.Validator()));

        Assert.Equal(["asker", "channel", "child", "concern", "team"], invalid.Errors.ToDictionary().Keys.Order());
    }
}
