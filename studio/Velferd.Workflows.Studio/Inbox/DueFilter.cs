namespace Velferd.Workflows.Studio.Inbox;

/// <summary>The inbox's due filter.</summary>
public enum DueFilter
{
    /// <summary>Every task.</summary>
    All,

    /// <summary>Past due.</summary>
    Overdue,

    /// <summary>Due before the end of today (Oslo), overdue included.</summary>
    Today,

    /// <summary>Due within seven days, overdue included.</summary>
    ThisWeek,
}
