using System.Globalization;
using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Overview;

/// <summary>
/// One pathway's deadline KPIs (DOMAIN.md §7) week by week, built from one <c>/api/kpis</c> answer per week: for each
/// statutory deadline how many were missed, as lines of the chart, and «missed of decided» per week in the table.
/// P3 counts by the week a melding came in; P6 by the week a young person reached 17 ½ or 18.
/// </summary>
/// <param name="Pathway"><c>P3</c> or <c>P6</c>.</param>
/// <param name="Weeks">«uke 49» per week, oldest first.</param>
/// <param name="Lines">One line per indicator of <see cref="KeysOf"/>.</param>
public sealed record KpiTrend(string Pathway, IReadOnlyList<string> Weeks, IReadOnlyList<KpiTrendLine> Lines)
{
    /// <summary>How many weeks back the trend reaches, this week included.</summary>
    public const int WeekCount = 8;

    /// <summary>The pathways whose deadline KPIs the overview follows, in DOMAIN.md §7's order.</summary>
    public static readonly IReadOnlyList<string> Pathways = ["P3", "P6"];

    /// <summary>What the chart is about, for its caption.</summary>
    public string Title => Pathway == "P6" ? Texts.KpiChartTitleP6 : Texts.KpiChartTitleP3;

    /// <summary>
    /// The missed-deadline indicators of <paramref name="pathway"/> the trend follows, in DOMAIN.md §7's order: P3's
    /// review, investigation and feedback deadlines; P6's decision by 17 y 6 m and «nobody 18 without one».
    /// </summary>
    public static IReadOnlyList<string> KeysOf(string pathway) => pathway switch
    {
        "P3" => ["notReviewedWithin7Days", "investigationsOverdue", "feedbackLate"],
        "P6" => ["notDecidedBy17Years6Months", "eighteenWithoutDecision"],
        _ => throw new ArgumentOutOfRangeException(nameof(pathway), pathway, "The overview follows P3 and P6."),
    };

    /// <summary>The Mondays of the <see cref="WeekCount"/> weeks up to the one holding <paramref name="today"/>, oldest first.</summary>
    public static IReadOnlyList<DateOnly> WeeksUpTo(DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return [.. Enumerable.Range(0, WeekCount).Select(i => monday.AddDays(-7 * (WeekCount - 1 - i)))];
    }

    /// <summary>The trend of <paramref name="pathway"/> from its <paramref name="reports"/> (one per week, any order); indicators a report lacks count as none.</summary>
    public static KpiTrend Build(string pathway, IReadOnlyList<KpiReportAnswer> reports)
    {
        var weeks = reports.OrderBy(r => r.From).ToList();
        var lines = KeysOf(pathway).Select(key =>
        {
            var points = weeks.Select(w => w.Indicators.FirstOrDefault(i => i.Key == key)).ToList();
            var label = points.FirstOrDefault(p => p is not null)?.Label ?? key;
            return new KpiTrendLine(key, label, [.. points.Select(p => p?.Count ?? 0)], [.. points.Select(Cell)]);
        });
        return new KpiTrend(pathway, [.. weeks.Select(w => WeekName(w.From))], [.. lines]);
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
