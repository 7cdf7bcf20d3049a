using System.Globalization;
using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Overview;

/// <summary>
/// The deadline KPIs of P3 (DOMAIN.md §7) week by week, built from one <c>/api/kpis</c> answer per week: for each
/// statutory deadline how many were missed, as lines of the chart, and «missed of decided» per week in the table.
/// </summary>
public sealed record KpiTrend(IReadOnlyList<string> Weeks, IReadOnlyList<KpiTrendLine> Lines)
{
    /// <summary>How many weeks back the trend reaches, this week included.</summary>
    public const int WeekCount = 8;

    /// <summary>The missed-deadline indicators of P3 the trend follows, in DOMAIN.md §7's order.</summary>
    public static readonly IReadOnlyList<string> Keys = ["notReviewedWithin7Days", "investigationsOverdue", "feedbackLate"];

    /// <summary>The Mondays of the <see cref="WeekCount"/> weeks up to the one holding <paramref name="today"/>, oldest first.</summary>
    public static IReadOnlyList<DateOnly> WeeksUpTo(DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return [.. Enumerable.Range(0, WeekCount).Select(i => monday.AddDays(-7 * (WeekCount - 1 - i)))];
    }

    /// <summary>The trend of <paramref name="reports"/> (one per week, any order); indicators a report lacks count as none.</summary>
    public static KpiTrend Build(IReadOnlyList<KpiReportAnswer> reports)
    {
        var weeks = reports.OrderBy(r => r.From).ToList();
        var lines = Keys.Select(key =>
        {
            var points = weeks.Select(w => w.Indicators.FirstOrDefault(i => i.Key == key)).ToList();
            var label = points.FirstOrDefault(p => p is not null)?.Label ?? key;
            return new KpiTrendLine(key, label, [.. points.Select(p => p?.Count ?? 0)], [.. points.Select(Cell)]);
        });
        return new KpiTrend([.. weeks.Select(w => WeekName(w.From))], [.. lines]);
    }

    /// <summary>«uke 49» for the week starting <paramref name="monday"/> (ISO week numbers, as Norwegian calendars use).</summary>
    public static string WeekName(DateOnly monday) =>
        TextFormat.With(Texts.KpiWeek, ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)));

    private static string Cell(KpiIndicatorAnswer? point) => point switch
    {
        null => "–",
        { Of: null } => point.Count.ToString(CultureInfo.InvariantCulture),
        _ => TextFormat.With(Texts.KpiOf, point.Count, point.Of.Value),
    };
}

/// <summary>One indicator over the weeks: the counts the chart draws and the «n av m» cells the table shows.</summary>
public sealed record KpiTrendLine(string Key, string Label, IReadOnlyList<int> Counts, IReadOnlyList<string> Cells);
