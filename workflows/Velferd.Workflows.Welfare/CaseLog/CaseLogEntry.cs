namespace Velferd.Workflows.Welfare.CaseLog;

/// <summary>
/// One entry of a case's stafettlogg (baton log, DOMAIN.md §2): a goal, a measure with its responsible service, due
/// date and status, a meeting, or an evaluation. The log is shared only with consented services, written
/// from level 1 on, and frozen when the case closes; it never replaces a service's own record.
/// </summary>
public sealed record CaseLogEntry
{
    /// <summary>Time-ordered id.</summary>
    public required string Id { get; init; }

    /// <summary>The case.</summary>
    public required string CaseId { get; init; }

    /// <summary>The kind (<see cref="CaseLogEntryKinds"/>).</summary>
    public required string Kind { get; init; }

    /// <summary>The goal, measure, meeting summary or evaluation, in words (never logged).</summary>
    public required string Text { get; init; }

    /// <summary>For a measure: the service responsible for it.</summary>
    public string? ResponsibleService { get; init; }

    /// <summary>For a measure: its due date (Oslo date).</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>For a measure: its status (<see cref="MeasureStatus"/>).</summary>
    public string? Status { get; init; }

    /// <summary>For a meeting entry: the meeting it records.</summary>
    public string? MeetingId { get; init; }

    /// <summary>For an evaluation: goal attainment, 1 (not at all) to 5 (fully) [cfg].</summary>
    public int? GoalAttainment { get; init; }

    /// <summary>When it was written.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Who wrote it.</summary>
    public required string By { get; init; }
}
