using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Studio.Overview;

/// <summary>Reads what the overview needs from the host: each team's open tasks due within a week, and the deadlines.</summary>
public sealed class OverviewSource(HostApiClient api, HostClock clock)
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    /// <summary>The overview for <paramref name="user"/>'s teams, or the host's problem.</summary>
    public async Task<ApiAnswer<OverviewModel>> LoadAsync(StudioUser user, CancellationToken cancellationToken)
    {
        var now = await clock.NowAsync(user, cancellationToken);
        var week = Uri.EscapeDataString(now.AddDays(7).ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        var tasks = new Dictionary<string, IReadOnlyList<TaskAnswer>>(StringComparer.Ordinal);
        foreach (var team in user.Teams.Order(StringComparer.Ordinal))
        {
            var answer = await api.GetAsync<TaskListAnswer>(
                user, $"api/tasks/team/{Uri.EscapeDataString(team)}?status=Open&status=Claimed&dueTo={week}&sort=Due&pageSize=200", cancellationToken);
            if (answer.Value is not { } list)
            {
                return new ApiAnswer<OverviewModel>(null, answer.Problem);
            }

            tasks[team] = list.Items;
        }

        var deadlines = await api.GetAsync<DeadlineOverviewAnswer>(user, "api/deadlines/overview?withinDays=7", cancellationToken);
        return new ApiAnswer<OverviewModel>(OverviewModel.Build(tasks, deadlines.Value, now), null);
    }

    /// <summary>
    /// The deadline KPIs of each of <see cref="KpiTrend.Pathways"/> for each of the last <see cref="KpiTrend.WeekCount"/>
    /// weeks (Oslo dates), or the host's first problem.
    /// </summary>
    public async Task<ApiAnswer<IReadOnlyList<KpiTrend>>> LoadKpisAsync(StudioUser user, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(await clock.NowAsync(user, cancellationToken), Oslo).DateTime);
        var weeks = KpiTrend.WeeksUpTo(today);
        var trends = new List<KpiTrend>();
        foreach (var pathway in KpiTrend.Pathways)
        {
            // One pathway's weeks at a time: eight reads in parallel is enough for a host shared by many users.
            var reports = await Task.WhenAll(weeks.Select(monday => api.GetAsync<KpiReportAnswer>(
                user, $"api/kpis?pathway={pathway}&from={Date(monday)}&to={Date(monday.AddDays(6))}", cancellationToken)));
            if (reports.FirstOrDefault(w => w.Value is null) is { } failed)
            {
                return new ApiAnswer<IReadOnlyList<KpiTrend>>(null, failed.Problem);
            }

            trends.Add(KpiTrend.Build(pathway, [.. reports.Select(w => w.Value!)]));
        }

        return new ApiAnswer<IReadOnlyList<KpiTrend>>(trends, null);
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
