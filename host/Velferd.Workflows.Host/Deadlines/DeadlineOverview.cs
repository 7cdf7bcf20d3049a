namespace Velferd.Workflows.Host.Deadlines;

/// <summary>The supervisor's view: overdue, and due within the next days, with counts.</summary>
public sealed record DeadlineOverview(int WithinDays, DeadlineList Overdue, DeadlineList DueSoon);
