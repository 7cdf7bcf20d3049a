using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.TeamWork;

/// <summary>Output of <see cref="TeamMeetingHeld"/>.</summary>
public sealed record TeamMeetingOutput
{
    /// <summary>The meeting that was held; null when the deadline passed first.</summary>
    [Output(DisplayName = "Møte-id")]
    public string? MeetingId { get; init; }

    /// <summary>Were the parents there.</summary>
    [Output(DisplayName = "Foreldre til stede")]
    public bool ParentsPresent { get; init; }

    /// <summary>Was the child there.</summary>
    [Output(DisplayName = "Barnet til stede")]
    public bool ChildPresent { get; init; }

    /// <summary>True when the deadline passed before the meeting was held.</summary>
    [Output(DisplayName = "Overskredet")]
    public bool Overdue { get; init; }
}
