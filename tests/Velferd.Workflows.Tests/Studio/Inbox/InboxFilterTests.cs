using Velferd.Workflows.Studio.Inbox;

namespace Velferd.Workflows.Tests.Studio.Inbox;

public sealed class InboxFilterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToRequest_Defaults_AsksForMyFirstPageByDue()
    {
        var request = new InboxFilter().ToRequest(Now);

        Assert.Equal("api/tasks/mine?pageSize=50&sort=Due", request);
    }

    [Fact]
    public void ToRequest_FiltersAndCursor_AreEscapedIntoTheQuery()
    {
        var filter = new InboxFilter { View = InboxView.Unclaimed, Pathway = " p1-en-dor-inn ", CaseId = "sak 1&2", Sort = "Newest", After = "abc+/=" };

        var request = filter.ToRequest(Now);

        Assert.Equal("api/tasks/unclaimed?pageSize=50&sort=Newest&pathway=p1-en-dor-inn&caseId=sak%201%262&after=abc%2B%2F%3D", request);
    }

    [Theory]
    [InlineData(DueFilter.All, null)]
    [InlineData(DueFilter.Overdue, "2026-12-04T11:00:00+00:00")]
    [InlineData(DueFilter.Today, "2026-12-05T00:00:00+01:00")]
    [InlineData(DueFilter.ThisWeek, "2026-12-11T11:00:00+00:00")]
    public void DueBefore_DueFilter_GivesTheUpperBound(DueFilter due, string? expected)
    {
        var before = new InboxFilter { Due = due }.DueBefore(Now);

        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), before);
    }
}
