namespace Velferd.Workflows.Core.Deadlines;

/// <summary>
/// The events a deadline's reminder and escalation raise for its case, so a pathway can act on them with an
/// <c>Elsa.Event</c> wait (notify the caseworker, alert the leader) without leaving the step that owes the deadline.
/// </summary>
public static class DeadlineSignals
{
    /// <summary>The event raised when the reminder fires: «{name}:påminnelse».</summary>
    public static string Reminder(string deadlineName) => $"{deadlineName}:påminnelse";

    /// <summary>The event raised when the escalation fires: «{name}:eskalering».</summary>
    public static string Escalation(string deadlineName) => $"{deadlineName}:eskalering";

    /// <summary>
    /// The event raised when a non-interrupting deadline falls due: «{name}:frist». (An interrupting one resumes its
    /// bookmark instead.)
    /// </summary>
    public static string Due(string deadlineName) => $"{deadlineName}:frist";
}
