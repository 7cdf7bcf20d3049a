namespace Velferd.Workflows.Welfare.Meetings;

/// <summary>
/// Which team meeting a pathway waiting for «the meeting is held» (P2 step 5, drøfting) counts: the first meeting of
/// the case recorded as held at or after the wait began. A meeting recorded earlier belongs to an earlier step.
/// </summary>
public static class HeldMeetings
{
    /// <summary>The first meeting of <paramref name="caseId"/> recorded held at or after <paramref name="since"/>, if any.</summary>
    public static Meeting? FirstRecordedSince(IReadOnlyList<Meeting> meetings, string caseId, DateTimeOffset since) =>
        meetings
            .Where(m => m.CaseId == caseId && m.Status == MeetingStatus.Held && m.Record is not null && m.Record.RecordedAt >= since)
            .OrderBy(m => m.Record!.RecordedAt)
            .FirstOrDefault();
}
