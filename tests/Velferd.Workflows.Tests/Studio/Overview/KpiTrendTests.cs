using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Overview;

namespace Velferd.Workflows.Tests.Studio.Overview;

public sealed class KpiTrendTests
{
    [Fact]
    public void WeeksUpTo_AWednesday_TheEightMondaysEndingWithThisWeeksOldestFirst()
    {
        var weeks = KpiTrend.WeeksUpTo(new DateOnly(2026, 12, 2));

        Assert.Equal(8, weeks.Count);
        Assert.Equal(new DateOnly(2026, 11, 30), weeks[^1]);
        Assert.Equal(new DateOnly(2026, 10, 12), weeks[0]);
        Assert.All(weeks, w => Assert.Equal(DayOfWeek.Monday, w.DayOfWeek));
    }

    [Fact]
    public void WeeksUpTo_ASunday_EndsWithTheMondayBefore()
    {
        Assert.Equal(new DateOnly(2026, 11, 30), KpiTrend.WeeksUpTo(new DateOnly(2026, 12, 6))[^1]);
    }

    [Fact]
    public void Build_ReportsInAnyOrder_OneLinePerMissedDeadlineWithCountsAndNOfMCellsOldestWeekFirst()
    {
        var later = Report(new DateOnly(2026, 11, 30), notReviewed: (2, 5), late: (0, 0));
        var earlier = Report(new DateOnly(2026, 11, 23), notReviewed: (1, 4), late: (1, 3));

        var trend = KpiTrend.Build([later, earlier]);

        Assert.Equal(["uke 48", "uke 49"], trend.Weeks);
        Assert.Equal(KpiTrend.Keys, trend.Lines.Select(l => l.Key));
        var notReviewed = trend.Lines[0];
        Assert.Equal("Ikke gjennomgått innen 7 dager", notReviewed.Label);
        Assert.Equal([1, 2], notReviewed.Counts);
        Assert.Equal(["1 av 4", "2 av 5"], notReviewed.Cells);
        Assert.Equal(["1 av 3", "0 av 0"], trend.Lines[2].Cells);
    }

    [Fact]
    public void Build_AnIndicatorTheHostDidNotAnswer_CountsNoneAndShowsADash()
    {
        var week = new KpiReportAnswer("P3", new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 6), []);

        var trend = KpiTrend.Build([week]);

        Assert.All(trend.Lines, l =>
        {
            Assert.Equal([0], l.Counts);
            Assert.Equal(["–"], l.Cells);
        });
    }

    private static KpiReportAnswer Report(DateOnly monday, (int Count, int Of) notReviewed, (int Count, int Of) late) =>
        new("P3", monday, monday.AddDays(6),
        [
            new("meldinger", "Meldinger mottatt", 9, null),
            new("notReviewedWithin7Days", "Ikke gjennomgått innen 7 dager", notReviewed.Count, notReviewed.Of),
            new("investigationsOverdue", "Undersøkelser ikke konkludert innen 3 måneder", 0, 0),
            new("feedbackLate", "Tilbakemelding til melder for sent", late.Count, late.Of),
        ]);
}
