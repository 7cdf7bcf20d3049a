namespace Velferd.Workflows.Welfare.Meetings;

/// <summary>The record of a held meeting: participation of parents and child (DOMAIN.md §1), the child's view .</summary>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="ParentsPresent">Were the parents there.</param>
/// <param name="ChildPresent">Was the child there.</param>
/// <param name="ChildView">The child's view.</param>
/// <param name="Summary">What was agreed.</param>
public sealed record MeetingRecord(
    DateTimeOffset RecordedAt, string RecordedBy, bool ParentsPresent, bool ChildPresent, string? ChildView, string? Summary);
