namespace Velferd.Workflows.Core.Deadlines;

/// <summary>
/// The order in which a deadline's steps fire (reminder, due, escalation) and what firing one does to it. Pure, so
/// every store applies the same rules.
/// </summary>
public static class DeadlineSchedule
{
    /// <summary>The first step still to fire at or after creation (a reminder already in the past fires at once).</summary>
    public static Deadline Plan(Deadline deadline)
    {
        if (deadline.ReminderAt is { } reminder && reminder < deadline.DueAt)
        {
            return deadline with { NextStep = DeadlineStep.Reminder, NextFireAt = reminder };
        }

        return deadline with { NextStep = DeadlineStep.Due, NextFireAt = deadline.DueAt };
    }

    /// <summary>The deadline after <paramref name="step"/> fired at <paramref name="now"/>.</summary>
    public static Deadline AfterFiring(Deadline deadline, DeadlineStep step, DateTimeOffset now)
    {
        switch (step)
        {
            case DeadlineStep.Reminder:
                return deadline with
                {
                    Status = deadline.Status == DeadlineStatus.Extended ? DeadlineStatus.Extended : DeadlineStatus.Reminded,
                    NextStep = DeadlineStep.Due,
                    NextFireAt = deadline.DueAt,
                    UpdatedAt = now,
                };
            case DeadlineStep.Due:
                var status = deadline.Kind == DeadlineKind.Timer ? DeadlineStatus.Elapsed : DeadlineStatus.Overdue;
                var escalation = deadline.Kind != DeadlineKind.Timer && deadline.EscalationAt is { } at;
                return deadline with
                {
                    Status = status,
                    NextStep = escalation ? DeadlineStep.Escalation : null,
                    NextFireAt = escalation ? deadline.EscalationAt : null,
                    ResolvedAt = now,
                    UpdatedAt = now,
                };
            default:
                return deadline with { NextStep = null, NextFireAt = null, UpdatedAt = now };
        }
    }

    /// <summary>
    /// The deadline with a new due instant (an approved extension): reminder and escalation follow it, and steps
    /// already past are not repeated.
    /// </summary>
    public static Deadline Reschedule(
        Deadline deadline, DateTimeOffset newDueAt, string newDueLocal, DateTimeOffset? reminderAt, DateTimeOffset? escalationAt, DateTimeOffset now)
    {
        var moved = deadline with
        {
            DueAt = newDueAt,
            DueLocal = newDueLocal,
            ReminderAt = reminderAt,
            EscalationAt = escalationAt,
            Status = DeadlineStatus.Extended,
            UpdatedAt = now,
        };
        return reminderAt is { } reminder && reminder > now && reminder < newDueAt
            ? moved with { NextStep = DeadlineStep.Reminder, NextFireAt = reminder }
            : moved with { NextStep = DeadlineStep.Due, NextFireAt = newDueAt };
    }
}
