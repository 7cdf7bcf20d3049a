using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.AnonymousDiscussions;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class AnonymousDiscussionRulesTests
{
    private static readonly DateTimeOffset Now = WelfareCaseBuilder.DefaultNow;

    [Fact]
    public void Record_R33_KeepsOnlyQuestionAgeBandAndAdvice()
    {
        var applied = Assert.IsType<CaseChange<AnonymousDiscussion>.Applied>(
            AnonymousDiscussionRules.Record(new AnonymousDiscussionInput(" Gutt som ikke vil gå på skolen ", "10-12", "Snakk med helsesykepleier."), Now));

        Assert.Equal(("Gutt som ikke vil gå på skolen", "10-12", "Snakk med helsesykepleier."), (applied.Value.Question, applied.Value.AgeBand, applied.Value.Advice));
        Assert.Empty(applied.Events);
    }

    [Theory]
    [InlineData("Gjelder 10051412345 i 4. klasse")]
    [InlineData("Gjelder 100514 12345")]
    [InlineData("Gjelder 100514-12345")]
    public void Record_R33_TextShapedLikeAnIdentityNumber_Refused(string question)
    {
        var invalid = Assert.IsType<CaseChange<AnonymousDiscussion>.Invalid>(
            AnonymousDiscussionRules.Record(new AnonymousDiscussionInput(question, "10-12", null), Now));

        Assert.Equal(["question"], invalid.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void Record_R33_OrdinaryNumbersAreAllowed()
    {
        Assert.IsType<CaseChange<AnonymousDiscussion>.Applied>(
            AnonymousDiscussionRules.Record(new AnonymousDiscussionInput("Fravær 12 dager siden 2024", "13-15", "Ring 22334455"), Now));
    }

    [Fact]
    public void Record_MissingQuestionUnknownBandAndNumberInAdvice_AllErrorsAtOnce()
    {
        var invalid = Assert.IsType<CaseChange<AnonymousDiscussion>.Invalid>(
            AnonymousDiscussionRules.Record(new AnonymousDiscussionInput(null, "11 år", "Se 10051412345"), Now));

        Assert.Equal(["advice", "ageBand", "question"], invalid.Errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }
}
