namespace Velferd.Workflows.Studio.Inbox;

/// <summary>How close a task's due time is, which decides its colour.</summary>
public enum DueState
{
    /// <summary>No due time.</summary>
    None,

    /// <summary>Due later than <see cref="DueLabel.SoonWithin"/>.</summary>
    Later,

    /// <summary>Due within <see cref="DueLabel.SoonWithin"/>.</summary>
    Soon,

    /// <summary>Past due.</summary>
    Overdue,
}
