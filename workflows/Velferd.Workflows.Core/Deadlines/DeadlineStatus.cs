namespace Velferd.Workflows.Core.Deadlines;

/// <summary>Where a deadline is in its life.</summary>
public enum DeadlineStatus
{
    /// <summary>Running; nothing has fired yet.</summary>
    Pending,

    /// <summary>The reminder has fired; not yet due.</summary>
    Reminded,

    /// <summary>Due and not met (escalation may still follow).</summary>
    Overdue,

    /// <summary>Met before it was due.</summary>
    Met,

    /// <summary>Made moot: the wait it belonged to ended without it firing (another branch won, the instance was cancelled).</summary>
    Cancelled,

    /// <summary>Running with an approved extension .</summary>
    Extended,

    /// <summary>A timer that has run out (timers are never "overdue").</summary>
    Elapsed,
}

/// <summary>The moments at which a deadline fires.</summary>
public enum DeadlineStep
{
    /// <summary>The reminder before the due instant.</summary>
    Reminder,

    /// <summary>The due instant: the waiting activity is resumed.</summary>
    Due,

    /// <summary>The escalation after (or at) the due instant.</summary>
    Escalation,
}
