namespace Velferd.Workflows.Studio.HostApi;

/// <summary>Overdue deadlines and those due within <see cref="WithinDays"/> (<c>/api/deadlines/overview</c>).</summary>
public sealed record DeadlineOverviewAnswer(int WithinDays, ListAnswer<DeadlineAnswer> Overdue, ListAnswer<DeadlineAnswer> DueSoon);
