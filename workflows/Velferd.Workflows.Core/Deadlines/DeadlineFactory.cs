using System.Globalization;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Core.Deadlines;

/// <summary>Turns a <see cref="DeadlineSpec"/> into a planned <see cref="Deadline"/> with the business calendar.</summary>
public static class DeadlineFactory
{
    /// <summary>The deadline, or a message naming the input that is wrong.</summary>
    public static (Deadline? Deadline, string? Error) Build(IBusinessCalendar calendar, DeadlineSpec spec, ActivityContext context)
    {
        var due = spec.DueAt;
        if (due is null)
        {
            if (!CalendarDuration.TryParse(spec.Duration, out var duration))
            {
                return (null, $"Input 'Duration': {CalendarDuration.InvalidMessage}");
            }

            due = calendar.Add(spec.Anchor, duration);
        }

        string dueLocal;
        var reminderBase = due.Value;
        if (spec.WholeDay)
        {
            var lastDay = calendar.LocalDate(due.Value);
            due = calendar.StartOfDay(lastDay.AddDays(1));
            dueLocal = lastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            reminderBase = calendar.StartOfDay(lastDay);
        }
        else
        {
            dueLocal = FormatLocal(calendar, due.Value);
        }

        DateTimeOffset? maxDue = null;
        if (!string.IsNullOrWhiteSpace(spec.MaxExtension))
        {
            if (!CalendarDuration.TryParse(spec.MaxExtension, out var max))
            {
                return (null, $"Input 'MaxExtension': {CalendarDuration.InvalidMessage}");
            }

            maxDue = calendar.Add(spec.Anchor, max);
            if (spec.WholeDay)
            {
                maxDue = calendar.StartOfDay(calendar.LocalDate(maxDue.Value).AddDays(1));
            }
        }

        // A whole-day deadline's reminder counts back from its date, not from the 00:00 after it that makes it overdue:
        // «14 d before» a deadline on 15 April reminds on 1 April.
        var (reminderAt, reminderError) = Offset(calendar, reminderBase, spec.ReminderBefore, before: true, "ReminderBefore");
        var (escalationAt, escalationError) = Offset(calendar, due.Value, spec.EscalationAfter, before: false, "EscalationAfter");
        if ((reminderError ?? escalationError) is { } offsetError)
        {
            return (null, offsetError);
        }

        var deadline = new Deadline
        {
            Id = spec.Id,
            Name = string.IsNullOrWhiteSpace(spec.Name) ? context.ActivityId : spec.Name.Trim(),
            Kind = spec.Kind,
            SourceRule = spec.SourceRule,
            WorkflowInstanceId = context.WorkflowInstanceId,
            ActivityId = context.ActivityId,
            CorrelationId = context.CorrelationId,
            Team = spec.Team,
            TestRunBy = context.TestRunBy,
            BookmarkName = spec.BookmarkName,
            BookmarkKey = spec.BookmarkKey,
            AnchorAt = spec.Anchor,
            DueAt = due.Value,
            DueLocal = dueLocal,
            Duration = spec.Duration,
            MaxDueAt = maxDue,
            ReminderBefore = spec.ReminderBefore,
            ReminderAt = reminderAt,
            ReminderTargets = spec.ReminderTargets,
            EscalationAfter = spec.EscalationAfter,
            EscalationAt = escalationAt,
            EscalationTargets = spec.EscalationTargets,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
            ResumesOnDue = spec.ResumesOnDue,
            PersonIdentityNumber = spec.PersonIdentityNumber,
            MilestoneAge = spec.MilestoneAge,
            MilestoneLeadTime = spec.MilestoneLeadTime,
        };
        return (DeadlineSchedule.Plan(deadline), null);
    }

    /// <summary>An instant as Oslo wall-clock time with its offset («2024-03-08T16:00:00+01:00»).</summary>
    public static string FormatLocal(IBusinessCalendar calendar, DateTimeOffset instant) =>
        calendar.ToLocal(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The reminder (before) or escalation (after) instant for a due instant.</summary>
    public static (DateTimeOffset? At, string? Error) Offset(IBusinessCalendar calendar, DateTimeOffset due, string? text, bool before, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        if (text.Trim() is "0" or "0 dager" or "P0D" or "PT0S" or "PT0M")
        {
            return (due, null);
        }

        return CalendarDuration.TryParse(text, out var offset)
            ? (before ? calendar.Subtract(due, offset) : calendar.Add(due, offset), null)
            : (null, $"Input '{field}': {CalendarDuration.InvalidMessage}");
    }
}
