using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>
/// The task state machine: open → claimed → completed, with release (back to open), reassignment by a supervisor,
/// and cancellation by the engine. Pure functions of the task, the user and the time; the inbox saves what they
/// decide under the task's version, so of two people acting at once one wins and the other is told why.
/// </summary>
public static class HumanTaskRules
{
    /// <summary>A user takes an open task offered to his team (and role).</summary>
    public static HumanTaskDecision Claim(HumanTask task, HumanTaskActor actor, DateTimeOffset now)
    {
        if (Closed(task) is { } closed)
        {
            return closed;
        }

        if (task.Status == HumanTaskStatus.Claimed)
        {
            return task.AssignedTo == actor.UserId
                ? new HumanTaskDecision.Change(task, null)
                : new HumanTaskDecision.Conflict($"Oppgaven er allerede tatt av {task.AssignedTo}.");
        }

        if (!actor.IsCandidateFor(task))
        {
            return new HumanTaskDecision.Forbidden("Oppgaven er ikke tilbudt deg: du er ikke med i teamet eller har ikke rollen den krever.");
        }

        return Changed(task with { Status = HumanTaskStatus.Claimed, AssignedTo = actor.UserId }, actor.UserId, HumanTaskAction.Claimed, null, now);
    }

    /// <summary>The holder, or the team's supervisor, gives a claimed task back to the team.</summary>
    public static HumanTaskDecision Release(HumanTask task, HumanTaskActor actor, DateTimeOffset now)
    {
        if (Closed(task) is { } closed)
        {
            return closed;
        }

        if (task.AssignedTo != actor.UserId && !actor.Supervises(task.CandidateTeam))
        {
            return new HumanTaskDecision.Forbidden("Bare den som har oppgaven, eller leder for teamet, kan gi den tilbake.");
        }

        if (task.Status == HumanTaskStatus.Open)
        {
            return new HumanTaskDecision.Conflict("Oppgaven er ikke tatt av noen.");
        }

        if (task.CandidateTeam is null)
        {
            return new HumanTaskDecision.Conflict("Oppgaven har ikke noe team å gis tilbake til; be en leder omfordele den.");
        }

        return Changed(task with { Status = HumanTaskStatus.Open, AssignedTo = null }, actor.UserId, HumanTaskAction.Released, $"fra {task.AssignedTo}", now);
    }

    /// <summary>
    /// The team's supervisor gives the task to a named user, who must exist (<paramref name="target"/>, as the user
    /// directory knows him; null when it does not) and be one the task is offered to: in its team, with its role.
    /// </summary>
    public static HumanTaskDecision Reassign(HumanTask task, HumanTaskActor actor, string? toUser, HumanTaskActor? target, DateTimeOffset now)
    {
        if (!actor.Supervises(task.CandidateTeam))
        {
            return new HumanTaskDecision.Forbidden("Bare leder for teamet kan omfordele oppgaven.");
        }

        if (Closed(task) is { } closed)
        {
            return closed;
        }

        if (string.IsNullOrWhiteSpace(toUser))
        {
            return new HumanTaskDecision.Invalid(FieldErrors.Of("userId", "Velg hvem oppgaven skal gis til."));
        }

        toUser = toUser.Trim();
        if (target is null || target.UserId != toUser)
        {
            return new HumanTaskDecision.Invalid(FieldErrors.Of("userId", $"Fant ingen bruker «{toUser}»."));
        }

        if (task.CandidateTeam is not null
            && (!target.Teams.Contains(task.CandidateTeam) || (task.CandidateRole is not null && !target.Roles.Contains(task.CandidateRole))))
        {
            return new HumanTaskDecision.Invalid(FieldErrors.Of("userId", $"{toUser} er ikke med i teamet {task.CandidateTeam} med rollen oppgaven krever."));
        }

        if (task.AssignedTo == toUser)
        {
            return new HumanTaskDecision.Change(task, null);
        }

        var from = task.AssignedTo ?? "teamet";
        return Changed(task with { Status = HumanTaskStatus.Claimed, AssignedTo = toUser }, actor.UserId, HumanTaskAction.Reassigned, $"fra {from} til {toUser}", now);
    }

    /// <summary>The holder completes the task with one of its outcomes and a valid form.</summary>
    public static HumanTaskDecision Complete(
        HumanTask task, HumanTaskActor actor, string? outcome, JsonObject? form, IIdentityNumberValidator identityNumbers, DateTimeOffset now)
    {
        if (Closed(task) is { } closed)
        {
            return closed;
        }

        if (task.Status == HumanTaskStatus.Open)
        {
            return new HumanTaskDecision.Conflict("Ta oppgaven før du fullfører den.");
        }

        if (task.AssignedTo != actor.UserId)
        {
            return new HumanTaskDecision.Conflict($"Oppgaven er tatt av {task.AssignedTo}; bare den som har oppgaven kan fullføre den.");
        }

        var (errors, data) = FormValidator.Validate(task.Fields, form, identityNumbers);
        var chosen = string.IsNullOrWhiteSpace(outcome) && task.Outcomes.Count == 1 ? task.Outcomes[0] : outcome?.Trim();
        if (chosen is null || !task.Outcomes.Contains(chosen))
        {
            errors.Add("outcome", $"Velg et av utfallene: {string.Join(", ", task.Outcomes)}.");
        }

        if (!errors.IsEmpty)
        {
            return new HumanTaskDecision.Invalid(errors);
        }

        var completed = task with
        {
            Status = HumanTaskStatus.Completed,
            Outcome = chosen,
            FormData = data,
            CompletedBy = actor.UserId,
            ClosedAt = now,
        };
        return Changed(completed, actor.UserId, HumanTaskAction.Completed, chosen, now);
    }

    /// <summary>The engine cancels an active task: its instance was cancelled or its branch ended without it.</summary>
    public static HumanTaskDecision Cancel(HumanTask task, string reason, DateTimeOffset now) =>
        task.IsActive
            ? Changed(task with { Status = HumanTaskStatus.Cancelled, ClosedAt = now }, HumanTaskHistoryEntry.System, HumanTaskAction.Cancelled, reason, now)
            : new HumanTaskDecision.Change(task, null);

    /// <summary>
    /// An approved extension of the task's deadline moves its due date (the approval itself is checked by the deadline
    /// rules); a task no longer active keeps its date.
    /// </summary>
    public static HumanTaskDecision ExtendDue(HumanTask task, DateTimeOffset dueAt, string dueLocal, string approvedBy, DateTimeOffset now) =>
        task.IsActive && task.DueAt != dueAt
            ? Changed(task with { DueAt = dueAt }, approvedBy, HumanTaskAction.DueExtended, $"Frist utvidet til {dueLocal}", now)
            : new HumanTaskDecision.Change(task, null);

    private static HumanTaskDecision.Conflict? Closed(HumanTask task) => task.Status switch
    {
        HumanTaskStatus.Completed => new HumanTaskDecision.Conflict($"Oppgaven er allerede fullført av {task.CompletedBy} og kan ikke endres."),
        HumanTaskStatus.Cancelled => new HumanTaskDecision.Conflict("Oppgaven er avbrutt og kan ikke endres."),
        _ => null,
    };

    private static HumanTaskDecision.Change Changed(HumanTask task, string actor, HumanTaskAction action, string? detail, DateTimeOffset now) =>
        new(
            task with { UpdatedAt = now, Version = task.Version + 1 },
            new HumanTaskHistoryEntry(Ids.New(now), task.Id, now, actor, action, detail, task.Version + 1));
}
