using System.Text.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.HumanTasks;

namespace Velferd.Workflows.Persistence.HumanTasks;

internal static class HumanTaskMapping
{
    public static HumanTaskRow ToRow(HumanTask t) => new()
    {
        Id = t.Id,
        WorkflowInstanceId = t.WorkflowInstanceId,
        BookmarkId = t.BookmarkId,
        ActivityId = t.ActivityId,
        DefinitionId = t.DefinitionId,
        CorrelationId = t.CorrelationId,
        Title = t.Title,
        Description = t.Description,
        FieldsJson = JsonSerializer.Serialize(t.Fields, WorkflowJson.Options),
        OutcomesJson = JsonSerializer.Serialize(t.Outcomes, WorkflowJson.Options),
        CandidateTeam = t.CandidateTeam,
        TestRunBy = t.TestRunBy,
        CandidateRole = t.CandidateRole,
        AssignedTo = t.AssignedTo,
        Priority = t.Priority,
        PriorityOrder = t.PriorityOrder,
        // The calendar gives Oslo offsets; PostgreSQL stores only UTC instants (as the deadline rows do).
        DueAt = t.DueAt?.ToUniversalTime(),
        DueOrder = t.DueOrder.ToUniversalTime(),
        ReminderOffset = t.ReminderOffset,
        EscalationOffset = t.EscalationOffset,
        Status = t.Status,
        Outcome = t.Outcome,
        FormDataJson = t.FormData?.ToJsonString(),
        CompletedBy = t.CompletedBy,
        ClosedAt = t.ClosedAt,
        CreatedAt = t.CreatedAt,
        UpdatedAt = t.UpdatedAt,
        Version = t.Version,
    };

    public static HumanTask ToModel(HumanTaskRow r) => new()
    {
        Id = r.Id,
        WorkflowInstanceId = r.WorkflowInstanceId,
        BookmarkId = r.BookmarkId,
        ActivityId = r.ActivityId,
        DefinitionId = r.DefinitionId,
        CorrelationId = r.CorrelationId,
        Title = r.Title,
        Description = r.Description,
        Fields = JsonSerializer.Deserialize<FormField[]>(r.FieldsJson, WorkflowJson.Options) ?? [],
        Outcomes = JsonSerializer.Deserialize<string[]>(r.OutcomesJson, WorkflowJson.Options) ?? [],
        CandidateTeam = r.CandidateTeam,
        TestRunBy = r.TestRunBy,
        CandidateRole = r.CandidateRole,
        AssignedTo = r.AssignedTo,
        Priority = r.Priority,
        DueAt = r.DueAt,
        ReminderOffset = r.ReminderOffset,
        EscalationOffset = r.EscalationOffset,
        Status = r.Status,
        Outcome = r.Outcome,
        FormData = r.FormDataJson is null ? null : JsonNode.Parse(r.FormDataJson) as JsonObject,
        CompletedBy = r.CompletedBy,
        ClosedAt = r.ClosedAt,
        CreatedAt = r.CreatedAt,
        UpdatedAt = r.UpdatedAt,
        Version = r.Version,
    };

    public static HumanTaskHistoryRow ToRow(HumanTaskHistoryEntry e) => new()
    {
        Id = e.Id,
        TaskId = e.TaskId,
        At = e.At,
        Actor = e.Actor,
        Action = e.Action,
        Detail = e.Detail,
        Version = e.Version,
    };

    public static HumanTaskHistoryEntry ToModel(HumanTaskHistoryRow r) => new(r.Id, r.TaskId, r.At, r.Actor, r.Action, r.Detail, r.Version);
}
