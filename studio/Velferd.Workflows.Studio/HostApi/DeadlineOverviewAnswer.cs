namespace Velferd.Workflows.Studio.HostApi;

/// <summary>
/// Overdue deadlines, those due within <see cref="WithinDays"/>, and those with an extension request waiting whenever
/// they are due (<c>/api/deadlines/overview</c>; null from a host older than that field).
/// </summary>
public sealed record DeadlineOverviewAnswer(
    int WithinDays, ListAnswer<DeadlineAnswer> Overdue, ListAnswer<DeadlineAnswer> DueSoon, ListAnswer<DeadlineAnswer>? ExtensionRequests = null);
