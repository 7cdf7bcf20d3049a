using Velferd.Workflows.Welfare.Transitions;

namespace Velferd.Workflows.Persistence.Transitions;

internal static class TransitionMapping
{
    public static MeasureRow ToRow(Measure m) => new()
    {
        Id = m.Id,
        CaseId = m.CaseId,
        Kind = m.Kind,
        StartDate = m.StartDate,
        Status = m.Status,
        EndReason = m.EndReason,
        EndedByDecisionId = m.EndedByDecisionId,
        EndedAt = m.EndedAt,
        EndedBy = m.EndedBy,
        CreatedAt = m.CreatedAt,
        CreatedBy = m.CreatedBy,
        Revision = m.Revision,
    };

    public static Measure ToModel(MeasureRow r) => new()
    {
        Id = r.Id,
        CaseId = r.CaseId,
        Kind = r.Kind,
        StartDate = r.StartDate,
        Status = r.Status,
        EndReason = r.EndReason,
        EndedByDecisionId = r.EndedByDecisionId,
        EndedAt = r.EndedAt,
        EndedBy = r.EndedBy,
        CreatedAt = r.CreatedAt,
        CreatedBy = r.CreatedBy,
        Revision = r.Revision,
    };

    public static TransitionDecisionRow ToRow(TransitionDecision d) => new()
    {
        Id = d.Id,
        CaseId = d.CaseId,
        Kind = d.Kind,
        DecidedOn = d.DecidedOn,
        Goal = d.Goal,
        Content = d.Content,
        IntendedDuration = d.IntendedDuration,
        Responsibility = d.Responsibility,
        Reason = d.Reason,
        AskAgainOn = d.AskAgainOn,
        AppealInformation = d.AppealInformation,
        RecordedAt = d.RecordedAt,
        RecordedBy = d.RecordedBy,
    };

    public static TransitionDecision ToModel(TransitionDecisionRow r) => new()
    {
        Id = r.Id,
        CaseId = r.CaseId,
        Kind = r.Kind,
        DecidedOn = r.DecidedOn,
        Goal = r.Goal,
        Content = r.Content,
        IntendedDuration = r.IntendedDuration,
        Responsibility = r.Responsibility,
        Reason = r.Reason,
        AskAgainOn = r.AskAgainOn,
        AppealInformation = r.AppealInformation,
        RecordedAt = r.RecordedAt,
        RecordedBy = r.RecordedBy,
    };
}
