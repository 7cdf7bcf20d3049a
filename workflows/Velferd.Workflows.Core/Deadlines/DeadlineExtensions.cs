using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Core.Deadlines;

/// <summary>
/// Extending a deadline (DOMAIN.md R-16): a caseworker requests a new due date with a written reason, a leader
/// approves it, both before the deadline in force passes; never beyond the legal maximum (start + 6 months for an
/// investigation). A refused request changes nothing and answers with field errors.
/// </summary>
public sealed class DeadlineExtensions(IDeadlineStore store, IHumanTaskStore tasks, IBusinessCalendar calendar, TimeProvider clock)
{
    private const int TaskSaveAttempts = 3;

    /// <summary>Requests an extension to <paramref name="newDueAt"/>, or by <paramref name="extendBy"/> from the current due instant.</summary>
    public async Task<ExtensionResult> RequestAsync(
        string deadlineId, DateTimeOffset? newDueAt, string? extendBy, string? reason, string requestedBy, CancellationToken cancellationToken)
    {
        var deadline = await store.FindAsync(deadlineId, cancellationToken);
        if (deadline is null)
        {
            return ExtensionResult.NotFound;
        }

        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add("reason", "Skriv en begrunnelse for utvidelsen. / A written reason is required.");
        }
        else if (reason.Length > 2000)
        {
            errors.Add("reason", "Begrunnelsen kan være høyst 2000 tegn. / The reason can be at most 2000 characters.");
        }

        DateTimeOffset? target = newDueAt;
        if (target is null)
        {
            if (CalendarDuration.TryParse(extendBy, out var by))
            {
                target = calendar.Add(deadline.DueAt, by);
            }
            else
            {
                errors.Add(string.IsNullOrWhiteSpace(extendBy) ? "newDueAt" : "extendBy", string.IsNullOrWhiteSpace(extendBy)
                    ? "Oppgi ny frist eller hvor mye den skal utvides. / Give the new due date or how much to extend by."
                    : CalendarDuration.InvalidMessage);
            }
        }

        CheckOpen(deadline, now, errors);
        if (target is { } to)
        {
            CheckTarget(deadline, to, errors);
        }

        if (!errors.IsEmpty)
        {
            return ExtensionResult.Invalid(errors);
        }

        var updated = deadline with
        {
            RequestedDueAt = target,
            ExtensionReason = reason!.Trim(),
            ExtensionRequestedBy = requestedBy,
            ExtensionApprovedBy = null,
            UpdatedAt = now,
        };
        return await store.UpdateAsync(deadline, updated, cancellationToken) ? ExtensionResult.Done(updated) : ExtensionResult.Conflict;
    }

    /// <summary>Approves the pending request: the deadline moves, its reminder and escalation follow.</summary>
    public async Task<ExtensionResult> ApproveAsync(string deadlineId, string approvedBy, CancellationToken cancellationToken)
    {
        var deadline = await store.FindAsync(deadlineId, cancellationToken);
        if (deadline is null)
        {
            return ExtensionResult.NotFound;
        }

        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        if (deadline.RequestedDueAt is not { } target)
        {
            errors.Add("deadlineId", "Det finnes ingen forespørsel om utvidelse å godkjenne. / There is no extension request to approve.");
            return ExtensionResult.Invalid(errors);
        }

        CheckOpen(deadline, now, errors);
        CheckTarget(deadline, target, errors);
        if (!errors.IsEmpty)
        {
            return ExtensionResult.Invalid(errors);
        }

        // A whole-day deadline (a date) is due at 00:00 after its last day; its reminder counts back from that day.
        var wholeDay = deadline.DueLocal.Length == 10;
        var lastDay = calendar.LocalDate(target.AddTicks(-1));
        var (reminderAt, _) = DeadlineFactory.Offset(
            calendar, wholeDay ? calendar.StartOfDay(lastDay) : target, deadline.ReminderBefore, before: true, "ReminderBefore");
        var (escalationAt, _) = DeadlineFactory.Offset(calendar, target, deadline.EscalationAfter, before: false, "EscalationAfter");
        var dueLocal = wholeDay
            ? lastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : DeadlineFactory.FormatLocal(calendar, target);
        var updated = DeadlineSchedule.Reschedule(deadline, target, dueLocal, reminderAt, escalationAt, now) with
        {
            RequestedDueAt = null,
            ExtensionApprovedBy = approvedBy,
            ExtensionCount = deadline.ExtensionCount + 1,
        };
        if (!await store.UpdateAsync(deadline, updated, cancellationToken))
        {
            return ExtensionResult.Conflict;
        }

        await MoveTaskDueAsync(updated, approvedBy, now, cancellationToken);
        return ExtensionResult.Done(updated);
    }

    /// <summary>
    /// A user task's boundary deadline (bookmark «Velferd.UserTask», keyed by the task id) moves the task's due date in
    /// the inbox too. A separate write after the deadline's: a claim or release racing it is retried on a fresh read.
    /// </summary>
    private async Task MoveTaskDueAsync(Deadline deadline, string approvedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (deadline.BookmarkName != HumanTaskBookmark.Name || deadline.BookmarkKey is not { } taskId)
        {
            return;
        }

        for (var attempt = 0; attempt < TaskSaveAttempts; attempt++)
        {
            var task = await tasks.FindAsync(taskId, cancellationToken);
            if (task is null || HumanTaskRules.ExtendDue(task, deadline.DueAt, deadline.DueLocal, approvedBy, now) is not HumanTaskDecision.Change { Entry: { } entry } change)
            {
                return;
            }

            if (await tasks.SaveAsync(change.Task, task.Version, entry, null, cancellationToken))
            {
                return;
            }
        }
    }

    private static void CheckOpen(Deadline deadline, DateTimeOffset now, FieldErrors errors)
    {
        if (deadline.Kind == DeadlineKind.Timer)
        {
            errors.Add("deadlineId", "En tidtaker kan ikke utvides. / A timer cannot be extended.");
        }
        else if (!deadline.IsOpen || deadline.DueAt <= now)
        {
            errors.Add("deadlineId", "Fristen er allerede utløpt eller avsluttet; skriv et avviksnotat. / The deadline has expired or ended; record a deviation note.");
        }
    }

    private void CheckTarget(Deadline deadline, DateTimeOffset target, FieldErrors errors)
    {
        if (target <= deadline.DueAt)
        {
            errors.Add("newDueAt", "Ny frist må være senere enn gjeldende frist. / The new due date must be later than the current one.");
        }
        else if (deadline.MaxDueAt is { } max && target > max)
        {
            errors.Add("newDueAt", ExtensionCap.Describe(calendar, deadline, max));
        }
        else if (deadline.MaxDueAt is null && deadline.Kind == DeadlineKind.Statutory)
        {
            errors.Add("newDueAt", "Denne lovpålagte fristen har ingen hjemmel for utvidelse. / This statutory deadline cannot be extended.");
        }
    }
}
