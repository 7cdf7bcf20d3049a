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

        var trend = KpiTrend.Build("P3", [later, earlier]);

        Assert.Equal(["uke 48", "uke 49"], trend.Weeks);
        Assert.Equal(["notReviewedWithin7Days", "investigationsOverdue", "feedbackLate"], trend.Lines.Select(l => l.Key));
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

        var trend = KpiTrend.Build("P3", [week]);

        Assert.All(trend.Lines, l =>
        {
            Assert.Equal([0], l.Counts);
            Assert.Equal(["–"], l.Cells);
        });
    }

    [Fact]
    public void Build_P6Reports_FollowsTheDecisionBy17AndAHalfAndNobody18WithoutOne()
    {
        var week = new KpiReportAnswer("P6", new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 6),
        [
            new("decidedBy17Years6Months", "Beslutning (plan, avslag eller vedtak) innen 17 år og 6 måneder", 1, 2),
            new("notDecidedBy17Years6Months", "Uten beslutning ved 17 år og 6 måneder", 1, 2),
            new("eighteenWithoutDecision", "Fylt 18 år med tiltak uten beslutning (mål: 0)", 1, 1),
        ]);

        var trend = KpiTrend.Build("P6", [week]);

        Assert.Equal("P6", trend.Pathway);
        Assert.StartsWith("P6:", trend.Title, StringComparison.Ordinal);
        Assert.Equal(["notDecidedBy17Years6Months", "eighteenWithoutDecision"], trend.Lines.Select(l => l.Key));
        Assert.Equal(["1 av 2"], trend.Lines[0].Cells);
        Assert.Equal(("Fylt 18 år med tiltak uten beslutning (mål: 0)", "1 av 1"), (trend.Lines[1].Label, trend.Lines[1].Cells[0]));
    }

    [Fact]
    public void Pathways_TheOverviewFollows_AreP3AndP6WithTheirOwnTitles()
    {
        Assert.Equal(["P3", "P6"], KpiTrend.Pathways);
        Assert.NotEqual(KpiTrend.Build("P3", []).Title, KpiTrend.Build("P6", []).Title);
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
