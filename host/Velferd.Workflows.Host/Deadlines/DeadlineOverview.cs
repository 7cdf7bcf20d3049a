namespace Velferd.Workflows.Host.Deadlines;

/// <summary>
/// The supervisor's view: overdue, and due within the next days, with counts; and the extension requests waiting for
/// approval however far off their deadline is (an investigation's is months away when the caseworker asks).
/// </summary>
public sealed record DeadlineOverview(int WithinDays, DeadlineList Overdue, DeadlineList DueSoon, DeadlineList ExtensionRequests);
