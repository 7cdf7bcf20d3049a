using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.YouthTeamTopics;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class YouthTeamTopicRulesTests
{
    private static readonly DateTimeOffset Now = WelfareCaseBuilder.DefaultNow;

    private static readonly DateOnly Today = OsloDate.Of(Now);

    private static readonly IReadOnlySet<string> OwnerTeams = new HashSet<string> { "ungdomsteam" };

    [Fact]
    public void Create_ValidTopic_OpenWithOwnerReviewDateAndNoActions()
    {
        var applied = Assert.IsType<CaseChange<YouthTeamTopic>.Applied>(YouthTeamTopicRules.Create(
            new YouthTeamTopicInput("ungdomsteam", " Økt bruk av snus på ungdomsskolen ", "Meldt fra to skoler.", "ulla.ungdom", Today.AddDays(30)),
            OwnerTeams, "ulrik.ungdom", Now));

        var topic = applied.Value;
        Assert.Equal(("Økt bruk av snus på ungdomsskolen", "ulla.ungdom", Today.AddDays(30)), (topic.Title, topic.Owner, topic.ReviewDate));
        Assert.Equal((YouthTeamTopicStatus.Open, (string?)null, 1L), (topic.Status, topic.EndCode, topic.Revision));
        Assert.Empty(topic.Actions);
    }

    [Theory]
    [InlineData("Gjelder 10051412345 på 9. trinn")]
    [InlineData("Gjelder 100514 12345")]
    [InlineData("Mor ringer fra 912 34 567")]
    [InlineData("Skriv til ola@example.no")]
    public void Create_R33_TextThatIdentifiesSomeone_RefusedOnTheField(string description)
    {
        var invalid = Assert.IsType<CaseChange<YouthTeamTopic>.Invalid>(YouthTeamTopicRules.Create(
            new YouthTeamTopicInput("ungdomsteam", "Skolevegring", description, "ulla.ungdom", Today), OwnerTeams, "ulla.ungdom", Now));

        Assert.Equal(["description"], invalid.Errors.ToDictionary().Keys);
        Assert.Contains("R-33", invalid.Errors.ToDictionary()["description"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ReviewDateInThePastOwnerOutsideTheTeamNoTitle_EveryErrorAtOnce()
    {
        var invalid = Assert.IsType<CaseChange<YouthTeamTopic>.Invalid>(YouthTeamTopicRules.Create(
            new YouthTeamTopicInput("ungdomsteam", " ", null, "ola.saksbehandler", Today.AddDays(-1)), new HashSet<string> { "tit-sentrum" }, "ulla.ungdom", Now));

        Assert.Equal(["owner", "reviewDate", "title"], invalid.Errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Dato for gjennomgang kan ikke være i fortiden.", invalid.Errors.ToDictionary()["reviewDate"][0]);
    }

    [Fact]
    public void Create_OrdinaryNumbersInTheText_Allowed()
    {
        Assert.IsType<CaseChange<YouthTeamTopic>.Applied>(YouthTeamTopicRules.Create(
            new YouthTeamTopicInput("ungdomsteam", "Fravær over 10 % på 8. trinn", "Tall fra 2024: 37 elever.", "ulla.ungdom", Today), OwnerTeams, "ulla.ungdom", Now));
    }

    [Fact]
    public void AddAction_DueInThePastUnknownServiceAndFnrInText_RefusedAndTopicUnchanged()
    {
        var topic = Topic();

        var invalid = Assert.IsType<CaseChange<YouthTeamTopic>.Invalid>(YouthTeamTopicRules.AddAction(
            topic, new TopicActionInput("Samtale med 10051412345", "politiet", Today.AddDays(-3), null), "ulla.ungdom", Now));

        Assert.Equal(["dueDate", "responsibleService", "text"], invalid.Errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
        Assert.Empty(topic.Actions);
    }

    [Fact]
    public void AddActionThenSetStatus_ActionPlannedThenDone_RevisionCounted()
    {
        var added = Assert.IsType<CaseChange<YouthTeamTopic>.Applied>(YouthTeamTopicRules.AddAction(
            Topic(), new TopicActionInput("Foreldremøte om snus", "skole", Today.AddDays(14), null), "ulla.ungdom", Now)).Value;

        var done = Assert.IsType<CaseChange<YouthTeamTopic>.Applied>(YouthTeamTopicRules.SetActionStatus(added, added.Actions[0].Id, "fullført")).Value;

        Assert.Equal(("skole", "planlagt"), (added.Actions[0].ResponsibleService, added.Actions[0].Status));
        Assert.Equal("fullført", Assert.Single(done.Actions).Status);
        Assert.Equal(3, done.Revision);
    }

    [Fact]
    public void Review_NextDateTodayOrMissing_Refused()
    {
        var today = Assert.IsType<CaseChange<YouthTeamTopic>.Invalid>(
            YouthTeamTopicRules.Review(Topic(), new TopicReviewInput("Færre meldinger.", Today), "ulla.ungdom", Now));
        var missing = Assert.IsType<CaseChange<YouthTeamTopic>.Invalid>(
            YouthTeamTopicRules.Review(Topic(), new TopicReviewInput(null, null), "ulla.ungdom", Now));

        Assert.Equal(["nextReviewDate"], today.Errors.ToDictionary().Keys);
        Assert.Equal(["nextReviewDate", "note"], missing.Errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Review_NextDateAfterToday_RecordedAndReviewDateMoved()
    {
        var reviewed = Assert.IsType<CaseChange<YouthTeamTopic>.Applied>(
            YouthTeamTopicRules.Review(Topic(), new TopicReviewInput("Færre meldinger.", Today.AddMonths(3)), "ulla.ungdom", Now)).Value;

        Assert.Equal(Today.AddMonths(3), reviewed.ReviewDate);
        Assert.Equal(("Færre meldinger.", "ulla.ungdom"), (Assert.Single(reviewed.Reviews).Note, reviewed.Reviews[0].By));
    }

    [Fact]
    public void Close_OpenTopic_ClosedWithEndCodeLukket()
    {
        var closed = Assert.IsType<CaseChange<YouthTeamTopic>.Applied>(YouthTeamTopicRules.Close(Topic(), "Trenden har snudd.", "ulla.ungdom", Now)).Value;

        Assert.Equal((YouthTeamTopicStatus.Closed, "LUKKET", "ulla.ungdom", (DateTimeOffset?)Now), (closed.Status, closed.EndCode, closed.ClosedBy, closed.ClosedAt));
        Assert.Equal("Trenden har snudd.", closed.ClosingNote);
    }

    [Fact]
    public void Close_AlreadyClosedTopic_EveryChangeIsAConflict()
    {
        var closed = Assert.IsType<CaseChange<YouthTeamTopic>.Applied>(YouthTeamTopicRules.Close(Topic(), null, "ulla.ungdom", Now)).Value;

        Assert.IsType<CaseChange<YouthTeamTopic>.Conflict>(YouthTeamTopicRules.Close(closed, null, "ulla.ungdom", Now));
        Assert.IsType<CaseChange<YouthTeamTopic>.Conflict>(YouthTeamTopicRules.Review(closed, new TopicReviewInput("x", Today.AddDays(7)), "ulla.ungdom", Now));
        Assert.IsType<CaseChange<YouthTeamTopic>.Conflict>(YouthTeamTopicRules.AddAction(closed, new TopicActionInput("x", "skole", Today, null), "ulla.ungdom", Now));
    }

    private static YouthTeamTopic Topic() =>
        ((CaseChange<YouthTeamTopic>.Applied)YouthTeamTopicRules.Create(
            new YouthTeamTopicInput("ungdomsteam", "Snus på ungdomsskolen", null, "ulla.ungdom", Today.AddDays(7)), OwnerTeams, "ulla.ungdom", Now)).Value;
}
