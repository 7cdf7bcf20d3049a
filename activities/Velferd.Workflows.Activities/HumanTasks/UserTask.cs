using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Activities.HumanTasks;

/// <summary>
/// A human step (brukeroppgave): puts a task with a form and outcome buttons in the inbox of a user or a team, and
/// waits. Completing the task resumes the instance on the chosen outcome's port, with the form data as output.
/// </summary>
/// <remarks>
/// The task row is stored with the burst (a <see cref="HumanTaskCreated"/> effect), so a task exists exactly when its
/// bookmark does; if the branch ends or the instance is cancelled, the commit cancels the task. Running again after a
/// failed commit creates nothing twice, because nothing was stored.
/// </remarks>
[Activity(HumanTaskBookmark.Name, Version = 1, Category = "Oppgaver", DisplayName = "Brukeroppgave", Description = "En oppgave i innboksen til en saksbehandler eller et team, med skjema og utfall.", Kind = ActivityKind.Task, Outcomes = [])]
public sealed class UserTask : Activity<UserTaskInput, UserTaskOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(UserTaskInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var (fields, problems) = FormDefinition.Parse(ReadFields(input.Fields, errors));
        errors.AddRange(problems);
        var (dueAt, dueError) = TaskDue.Resolve(input.Due, context.Now);
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

        if (!TaskDue.IsValidOffset(input.ReminderOffset) || !TaskDue.IsValidOffset(input.EscalationOffset))
        {
            errors.Add("Reminder and escalation offsets must be ISO-8601 periods (P2D, PT12H).");
        }

        if (errors.Count > 0)
        {
            return ValueTask.FromResult(ActivityResult.Fault($"User task '{context.ActivityId}': {string.Join(" ", errors)}"));
        }

        var outcomes = (input.Outcomes ?? []).Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var assignee = Blank(input.Assignee);
        var now = context.Now;
        var task = new HumanTask
        {
            Id = Ids.New(now),
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
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(HumanTaskBookmark.Name, task.Id)));
    }

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(UserTaskInput input, ActivityContext context, CancellationToken cancellationToken)
    {
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

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
