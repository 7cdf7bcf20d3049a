namespace Velferd.Workflows.Welfare.Meetings;

/// <summary>What <c>POST /api/meetings/{id}/record</c> records about a held meeting (P2 step 5).</summary>
/// <param name="ParentsPresent">Were the parents there.</param>
/// <param name="ChildPresent">Was the child there.</param>
/// <param name="ChildView">The child's view, in their words; required from age 7 .</param>
/// <param name="Summary">What was agreed (free text, never logged).</param>
public sealed record MeetingRecordInput(bool? ParentsPresent, bool? ChildPresent, string? ChildView, string? Summary);
