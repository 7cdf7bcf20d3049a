using System.Globalization;
using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Activities.HumanTasks;

/// <summary>
/// A human step (brukeroppgave): puts a task with a form and outcome buttons in the inbox of a user or a team, and
/// waits. Completing the task resumes the instance on the chosen outcome's port, with the form data as output.
/// </summary>
/// <remarks>
/// The task row is stored with the burst (a <see cref="HumanTaskCreated"/> effect), so a task exists exactly when its
/// bookmark does; if the branch ends or the instance is cancelled, the commit cancels the task. Running again after a
/// failed commit creates nothing twice, because nothing was stored.
/// <para>
/// With «Fristtype» Lokal or Lovpålagt the task gets a boundary deadline: a deadline row written with the same burst
/// and tied to the task's bookmark (DOMAIN.md R-06, R-07). Its due instant is Oslo calendar arithmetic («10 virkedager»
/// works here). Reminder and escalation raise «{navn}:påminnelse» / «{navn}:eskalering» for the case while the task
/// stays open. When the deadline passes, a non-interrupting task stays open and «{navn}:frist» is raised; an
/// interrupting one («Avbryt ved fristbrudd») is cancelled and the flow leaves on «Overskredet». Completing the task in
/// time meets the deadline; completing it late stops the pending escalation; ending the branch cancels it.
/// </para>
/// </remarks>
[Activity(HumanTaskBookmark.Name, Version = 1, Category = "Oppgaver", DisplayName = "Brukeroppgave", Description = "En oppgave i innboksen til en saksbehandler eller et team, med skjema, utfall og frist.", Kind = ActivityKind.Task, Outcomes = [OverdueOutcome])]
public sealed class UserTask(IBusinessCalendar calendar) : Activity<UserTaskInput, UserTaskOutput>
{
    /// <summary>The port taken when an interrupting deadline passes before the task is completed.</summary>
    public const string OverdueOutcome = "Overskredet";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(UserTaskInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var (fields, problems) = FormDefinition.Parse(ReadFields(input.Fields, errors));
        errors.AddRange(problems);
        var kind = ReadDeadlineKind(input, errors);
        var (dueAt, dueError) = kind is null || !CalendarDuration.TryParse(input.Due, out _) ? TaskDue.Resolve(input.Due, input.DueFrom ?? context.Now) : (null, null);
        if (dueError is not null)
        {
            errors.Add(dueError);
        }

        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors.Add("The user task needs a title.");
        }

        if (string.IsNullOrWhiteSpace(input.Assignee) && string.IsNullOrWhiteSpace(input.CandidateTeam))
        {
            errors.Add("The user task needs an assignee or a candidate team.");
        }

        if (kind is null && (!TaskDue.IsValidOffset(input.ReminderOffset) || !TaskDue.IsValidOffset(input.EscalationOffset)))
        {
            errors.Add("Reminder and escalation offsets must be ISO-8601 periods (P2D, PT12H).");
        }

        if (errors.Count > 0)
        {
            return ValueTask.FromResult(ActivityResult.Fault($"User task '{context.ActivityId}': {string.Join(" ", errors)}"));
        }

        var outcomes = (input.Outcomes ?? []).Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()).Distinct(StringComparer.Ordinal).ToList();
        // A test run's task goes straight to the process owner trying the pathway, never to the team it names.
        var assignee = context.TestRunBy ?? Blank(input.Assignee);
        var now = context.Now;
        var taskId = Ids.New(now);
        Deadline? deadline = null;
        if (kind is { } deadlineKind)
        {
            var (built, error) = BuildDeadline(input, deadlineKind, taskId, context);
            if (error is not null)
            {
                return ValueTask.FromResult(ActivityResult.Fault($"User task '{context.ActivityId}': {error}"));
            }

            deadline = built;
            dueAt = built!.DueAt;
        }

        var task = new HumanTask
        {
            Id = taskId,
            WorkflowInstanceId = context.WorkflowInstanceId,
            ActivityId = context.ActivityId,
            DefinitionId = context.Blueprint.Definition.DefinitionId,
            CorrelationId = context.CorrelationId,
            Title = input.Title!.Trim(),
            Description = Blank(input.Description),
            Fields = fields,
            Outcomes = outcomes.Count > 0 ? outcomes : [ActivityResult.DefaultOutcome],
            CandidateTeam = Blank(input.CandidateTeam),
            CandidateRole = Blank(input.CandidateRole),
            AssignedTo = assignee,
            TestRunBy = context.TestRunBy,
            Status = assignee is null ? HumanTaskStatus.Open : HumanTaskStatus.Claimed,
            Priority = input.Priority,
            DueAt = dueAt,
            ReminderOffset = Blank(input.ReminderOffset),
            EscalationOffset = Blank(input.EscalationOffset),
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        context.AddEffect(new HumanTaskCreated(task));
        context.Message = $"Task {task.Id}";
        if (deadline is null)
        {
            return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(HumanTaskBookmark.Name, task.Id)));
        }

        context.AddEffect(new DeadlineEffect(deadline));
        context.Message += $"; frist {deadline.Name}: {deadline.DueLocal}";
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(HumanTaskBookmark.Name, task.Id, DeadlinePayload.ForBookmark(deadline.Id))));
    }

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(UserTaskInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var deadlineId = DeadlinePayload.DeadlineIdOf(context.Bookmark?.Payload);
        if (DeadlinePayload.IsFiring(context.ResumePayload, deadlineId))
        {
            // Only an interrupting deadline resumes the task's bookmark; the task is cancelled with its bookmark.
            context.AddEffect(new DeadlineResolvedEffect(deadlineId!, DeadlineStatus.Overdue));
            context.Message = $"Fristen {context.ResumePayload?[DeadlinePayload.FiredProperty]?["navn"]} ble overskredet; oppgaven er avbrutt.";
            return Outcome(OverdueOutcome, new UserTaskOutput { TaskId = context.Bookmark?.Key, Overdue = true });
        }

        if (deadlineId is not null)
        {
            context.AddEffect(new DeadlineResolvedEffect(deadlineId, DeadlineStatus.Met));
        }

        if (context.ResumePayload is not JsonObject completion || completion["outcome"]?.GetValue<string>() is not { Length: > 0 } outcome)
        {
            return ValueTask.FromResult(ActivityResult.Fault($"User task '{context.ActivityId}' was resumed without an outcome; complete it through the task inbox."));
        }

        return Outcome(outcome, new UserTaskOutput
        {
            TaskId = completion["taskId"]?.GetValue<string>(),
            Outcome = outcome,
            Form = completion["form"]?.DeepClone() as JsonObject,
            CompletedBy = completion["completedBy"]?.GetValue<string>(),
        });
    }

    private static JsonArray? ReadFields(JsonNode? fields, List<string> errors)
    {
        // The designer's JSON editor sends the list as text in a literal; a script may return the list itself.
        if (fields is JsonValue value && value.TryGetValue<string>(out var text))
        {
            try
            {
                fields = string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
                errors.Add("The form fields are not valid JSON.");
                return null;
            }
        }

        if (fields is null or JsonArray)
        {
            return fields as JsonArray;
        }

        errors.Add("The form fields must be a JSON list.");
        return null;
    }

    private static DeadlineKind? ReadDeadlineKind(UserTaskInput input, List<string> errors)
    {
        var text = input.DeadlineKind?.Trim().ToLowerInvariant();
        DeadlineKind? kind = text switch
        {
            "lokal" or "local" => DeadlineKind.Local,
            "lovpålagt" or "statutory" => DeadlineKind.Statutory,
            _ => null,
        };
        if (kind is null && text is not (null or "" or "ingen" or "none"))
        {
            errors.Add("Input 'DeadlineKind': velg «Ingen», «Lokal» eller «Lovpålagt» / choose Ingen, Lokal or Lovpålagt.");
            return null;
        }

        if (kind is not null && string.IsNullOrWhiteSpace(input.Due))
        {
            errors.Add("Input 'Due': en frist trenger en varighet eller dato / a deadline needs a due value.");
        }

        if (kind is null && input.InterruptOnOverdue)
        {
            errors.Add("Input 'InterruptOnOverdue': velg fristtype «Lokal» eller «Lovpålagt» / needs a deadline kind.");
        }

        return kind;
    }

    private (Deadline? Deadline, string? Error) BuildDeadline(UserTaskInput input, DeadlineKind kind, string taskId, ActivityContext context)
    {
        var due = input.Due!.Trim();
        var spec = new DeadlineSpec
        {
            Id = Ids.New(context.Now),
            Name = Blank(input.DeadlineName),
            Kind = kind,
            SourceRule = Blank(input.SourceRule),
            Anchor = input.DueFrom ?? context.Now,
            MaxExtension = Blank(input.MaxExtension),
            ReminderBefore = Blank(input.ReminderOffset),
            ReminderTargets = Blank(input.ReminderTo) ?? "assignee",
            EscalationAfter = Blank(input.EscalationOffset),
            EscalationTargets = Blank(input.EscalationTo) ?? "teamleader",
            Team = Blank(input.CandidateTeam),
            BookmarkName = HumanTaskBookmark.Name,
            BookmarkKey = taskId,
            ResumesOnDue = input.InterruptOnOverdue,
        };
        if (CalendarDuration.TryParse(due, out _))
        {
            spec = spec with { Duration = due };
        }
        else if (DateOnly.TryParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            // A date: met any time that day, overdue from 00:00 the next (R-04).
            spec = spec with { DueAt = calendar.StartOfDay(date), WholeDay = true };
        }
        else
        {
            spec = spec with { DueAt = TaskDue.Resolve(due, input.DueFrom ?? context.Now).DueAt };
        }

        var (deadline, error) = DeadlineFactory.Build(calendar, spec, context);
        return (deadline, error?.Replace("'ReminderBefore'", "'ReminderOffset'", StringComparison.Ordinal).Replace("'EscalationAfter'", "'EscalationOffset'", StringComparison.Ordinal));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
