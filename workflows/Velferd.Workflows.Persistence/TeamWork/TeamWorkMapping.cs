using Velferd.Workflows.Welfare.AnonymousDiscussions;
using Velferd.Workflows.Welfare.Batons;
using Velferd.Workflows.Welfare.CaseLog;
using Velferd.Workflows.Welfare.Meetings;
using Velferd.Workflows.Welfare.Notifications;

namespace Velferd.Workflows.Persistence.TeamWork;

/// <summary>Maps the team-work models to their rows and back.</summary>
internal static class TeamWorkMapping
{
    public static MeetingRow ToRow(Meeting source) => new()
    {
        Id = source.Id,
        CaseId = source.CaseId,
        At = source.At,
        Services = string.Join(',', source.Services),
        Categories = string.Join(',', source.Categories),
        Status = source.Status.ToString(),
        ScheduledAt = source.ScheduledAt,
        ScheduledBy = source.ScheduledBy,
        RecordedAt = source.Record?.RecordedAt,
        RecordedBy = source.Record?.RecordedBy,
        ParentsPresent = source.Record?.ParentsPresent,
        ChildPresent = source.Record?.ChildPresent,
        ChildView = source.Record?.ChildView,
        Summary = source.Record?.Summary,
        CancelledAt = source.CancelledAt,
        CancelReason = source.CancelReason,
        Participants = [.. source.Participants.Select((p, i) => new MeetingParticipantRow { MeetingId = source.Id, Position = i, UserName = p.User, Service = p.Service })],
    };

    public static Meeting ToModel(MeetingRow row) => new()
    {
        Id = row.Id,
        CaseId = row.CaseId,
        At = row.At,
        Services = Codes(row.Services),
        Categories = Codes(row.Categories),
        Participants = [.. row.Participants.OrderBy(p => p.Position).Select(p => new MeetingParticipant(p.UserName, p.Service))],
        Status = Enum.Parse<MeetingStatus>(row.Status),
        ScheduledAt = row.ScheduledAt,
        ScheduledBy = row.ScheduledBy,
        Record = row.RecordedAt is { } recordedAt
            ? new MeetingRecord(recordedAt, row.RecordedBy!, row.ParentsPresent ?? false, row.ChildPresent ?? false, row.ChildView, row.Summary)
            : null,
        CancelledAt = row.CancelledAt,
        CancelReason = row.CancelReason,
    };

    public static HandoverRow ToRow(Handover source) => new()
    {
        Id = source.Id,
        CaseId = source.CaseId,
        FromUser = source.FromUser,
        ToUser = source.ToUser,
        OfferedAt = source.OfferedAt,
        OfferedBy = source.OfferedBy,
        RemindAt = source.RemindAt,
        Status = source.Status.ToString(),
        DecidedAt = source.DecidedAt,
        RemindedAt = source.RemindedAt,
    };

    public static Handover ToModel(HandoverRow row) => new()
    {
        Id = row.Id,
        CaseId = row.CaseId,
        FromUser = row.FromUser,
        ToUser = row.ToUser,
        OfferedAt = row.OfferedAt,
        OfferedBy = row.OfferedBy,
        RemindAt = row.RemindAt,
        Status = Enum.Parse<HandoverStatus>(row.Status),
        DecidedAt = row.DecidedAt,
        RemindedAt = row.RemindedAt,
    };

    public static CaseLogEntryRow ToRow(CaseLogEntry source) => new()
    {
        Id = source.Id,
        CaseId = source.CaseId,
        Kind = source.Kind,
        Text = source.Text,
        ResponsibleService = source.ResponsibleService,
        DueDate = source.DueDate,
        Status = source.Status,
        MeetingId = source.MeetingId,
        GoalAttainment = source.GoalAttainment,
        At = source.At,
        By = source.By,
    };

    public static CaseLogEntry ToModel(CaseLogEntryRow row) => new()
    {
        Id = row.Id,
        CaseId = row.CaseId,
        Kind = row.Kind,
        Text = row.Text,
        ResponsibleService = row.ResponsibleService,
        DueDate = row.DueDate,
        Status = row.Status,
        MeetingId = row.MeetingId,
        GoalAttainment = row.GoalAttainment,
        At = row.At,
        By = row.By,
    };

    public static AnonymousDiscussionRow ToRow(AnonymousDiscussion source) => new()
    {
        Id = source.Id, At = source.At, Question = source.Question, AgeBand = source.AgeBand, Advice = source.Advice,
    };

    public static AnonymousDiscussion ToModel(AnonymousDiscussionRow row) => new(row.Id, row.At, row.Question, row.AgeBand, row.Advice);

    public static NotificationRow ToRow(Notification source) => new()
    {
        Id = source.Id, At = source.At, Kind = source.Kind, Recipient = source.Recipient, Team = source.Team, CaseId = source.CaseId, Text = source.Text,
    };

    public static Notification ToModel(NotificationRow row) => new(row.Id, row.At, row.Kind, row.Recipient, row.Team, row.CaseId, row.Text);

    private static List<string> Codes(string joined) => [.. joined.Split(',', StringSplitOptions.RemoveEmptyEntries)];
}
