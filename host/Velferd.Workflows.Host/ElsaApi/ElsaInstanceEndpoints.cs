using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>
/// The instance half of the Elsa Studio contract (API.md §3.4): the instance list and everything the instance
/// viewer polls. Read-only; a user reads only the instances the access decision lets him see (others are "not
/// found", or missing from a list).
/// </summary>
public static class ElsaInstanceEndpoints
{
    /// <summary>Maps the instance routes on the <c>/elsa/api</c> group.</summary>
    public static RouteGroupBuilder MapElsaInstanceEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/workflow-instances", ListAsync).WithSummary("List instances, filtered and paged (Elsa Studio)");
        api.MapGet("/workflow-instances/{id}", GetAsync).WithSummary("Get an instance (Elsa Studio)");
        api.MapGet("/workflow-instances/{id}/execution-state", GetExecutionStateAsync).WithSummary("Get an instance's status, for polling (Elsa Studio)");
        api.MapGet("/workflow-instances/{id}/variables", GetVariablesAsync).WithSummary("Get an instance's variables (Elsa Studio)");
        api.MapPost("/workflow-instances/{id}/journal", GetJournalAsync).WithSummary("Page through an instance's execution journal (Elsa Studio)");
        api.MapGet("/activity-executions/list", ListExecutionsAsync).WithSummary("List an instance's activity executions (Elsa Studio)");
        api.MapGet("/activity-execution-summaries/list", ListExecutionSummariesAsync).WithSummary("List an instance's activity executions, summarised (Elsa Studio)");
        api.MapPost("/activity-executions/report", ReportAsync).WithSummary("Count executions per activity of an instance (Elsa Studio)");
        api.MapGet("/activity-executions/by-id", GetExecutionAsync).WithSummary("Get one activity execution (Elsa Studio)");
        api.MapGet("/activity-executions/{id}/call-stack", GetCallStackAsync).WithSummary("Get an activity execution's call stack (Elsa Studio)");
        return api;
    }

    private static async Task<Results<Ok<ElsaPage<JsonObject>>, ValidationProblem>> ListAsync(
        ElsaListInstancesRequest? request, IWorkflowInstanceStore store, CaseDataAccess access, CancellationToken cancellationToken)
    {
        request ??= new ElsaListInstancesRequest();
        var errors = new FieldErrors();
        if (request.Page is < 0)
        {
            errors.Add("page", "The page must be 0 or more.");
        }

        if (request.PageSize is < 1 or > 500)
        {
            errors.Add("pageSize", "The page size must be between 1 and 500.");
        }

        WorkflowStatus? status = null;
        if (request.Statuses is [var onlyStatus])
        {
            status = Enum.TryParse<WorkflowStatus>(onlyStatus, ignoreCase: false, out var parsed) ? parsed : Invalid<WorkflowStatus>(errors, "statuses", "Use Running or Finished.");
        }

        WorkflowSubStatus? subStatus = null;
        if (request.SubStatuses is [var onlySubStatus])
        {
            subStatus = Enum.TryParse<WorkflowSubStatus>(onlySubStatus, ignoreCase: false, out var parsed)
                ? parsed
                : Invalid<WorkflowSubStatus>(errors, "subStatuses", "Use Pending, Executing, Suspended, Finished, Cancelled or Faulted.");
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        // Our store pages by keyset; the Studio asks for page numbers, which are few, so walk the cursor.
        var pageSize = request.PageSize ?? 10;
        var query = new InstanceQuery
        {
            DefinitionId = request.DefinitionId ?? (request.DefinitionIds is [var onlyDefinition] ? onlyDefinition : null),
            CorrelationId = string.IsNullOrEmpty(request.CorrelationId) ? null : request.CorrelationId,
            Visibility = access.Visibility,
            Status = status,
            SubStatus = subStatus,
            PageSize = pageSize,
        };
        var page = await store.ListAsync(query, cancellationToken);
        for (var i = 0; i < (request.Page ?? 0) && page.NextCursor is not null; i++)
        {
            page = await store.ListAsync(query with { After = page.NextCursor }, cancellationToken);
        }

        return TypedResults.Ok(new ElsaPage<JsonObject>([.. page.Items.Select(ElsaInstanceView.Summary)], page.TotalCount, []));
    }

    private static async Task<Results<Ok<JsonObject>, NotFound>> GetAsync(string id, IWorkflowInstanceStore store, CaseDataAccess access, CancellationToken cancellationToken)
    {
        var instance = await store.FindVisibleAsync(id, access, cancellationToken);
        return instance is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(ElsaInstanceView.Instance(instance, await store.GetExecutionLogAsync(id, cancellationToken)));
    }

    private static async Task<Results<Ok<ElsaExecutionState>, NotFound>> GetExecutionStateAsync(
        string id, IWorkflowInstanceStore store, CaseDataAccess access, CancellationToken cancellationToken) =>
        await store.FindVisibleAsync(id, access, cancellationToken) is { } instance
            ? TypedResults.Ok(new ElsaExecutionState(instance.Status.ToString(), instance.SubStatus.ToString(), instance.UpdatedAt))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ElsaList<JsonNode>>, NotFound>> GetVariablesAsync(
        string id, IWorkflowInstanceStore store, CaseDataAccess access, IWorkflowDefinitionStore definitions, CancellationToken cancellationToken)
    {
        var instance = await store.FindVisibleAsync(id, access, cancellationToken);
        if (instance is null)
        {
            return TypedResults.NotFound();
        }

        var variables = ElsaInstanceView.Variables(instance, await definitions.FindByVersionIdAsync(instance.DefinitionVersionId, cancellationToken));
        return TypedResults.Ok(new ElsaList<JsonNode>([.. variables.Select(v => v!)], variables.Count));
    }

    private static async Task<Results<Ok<ElsaPage<JsonObject>>, NotFound, ValidationProblem>> GetJournalAsync(
        string id, int? skip, int? take, ElsaJournalRequest? request, IWorkflowInstanceStore store, CaseDataAccess access, CancellationToken cancellationToken)
    {
        if (skip is < 0 || take is < 0 or > 10_000)
        {
            return TypedResults.ValidationProblem(FieldErrors.Of("take", "skip must be 0 or more and take between 0 and 10000.").ToDictionary());
        }

        if (await store.GetVisibleExecutionLogAsync(id, access, cancellationToken) is not { } log)
        {
            return TypedResults.NotFound();
        }

        var filter = request?.Filter;
        var entries = ElsaInstanceView.Journal(log)
            .Where(e => filter?.ActivityIds is not { Count: > 0 } ids || ids.Contains(e["activityId"]!.GetValue<string>()))
            .Where(e => filter?.ActivityNodeIds is not { Count: > 0 } ids || ids.Contains(e["nodeId"]!.GetValue<string>()))
            .Where(e => filter?.ExcludedActivityTypes is not { Count: > 0 } types || !types.Contains(e["activityType"]!.GetValue<string>()))
            .Where(e => filter?.EventNames is not { Count: > 0 } names || names.Contains(e["eventName"]!.GetValue<string>()))
            .ToList();
        var page = entries.Skip(skip ?? 0).Take(take ?? 100).ToList();
        return TypedResults.Ok(new ElsaPage<JsonObject>(page, entries.Count, []));
    }

    private static Task<Results<Ok<ElsaList<JsonObject>>, ValidationProblem>> ListExecutionsAsync(
        string? workflowInstanceId, string? activityNodeId, IWorkflowInstanceStore store, CaseDataAccess access, CancellationToken cancellationToken) =>
        ReadExecutionsAsync(workflowInstanceId, activityNodeId, store, access, full: true, cancellationToken);

    private static Task<Results<Ok<ElsaList<JsonObject>>, ValidationProblem>> ListExecutionSummariesAsync(
        string? workflowInstanceId, string? activityNodeId, IWorkflowInstanceStore store, CaseDataAccess access, CancellationToken cancellationToken) =>
        ReadExecutionsAsync(workflowInstanceId, activityNodeId, store, access, full: false, cancellationToken);

    private static async Task<Results<Ok<ElsaList<JsonObject>>, ValidationProblem>> ReadExecutionsAsync(
        string? workflowInstanceId, string? activityNodeId, IWorkflowInstanceStore store, CaseDataAccess access, bool full, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(workflowInstanceId))
        {
            return TypedResults.ValidationProblem(FieldErrors.Of("workflowInstanceId", "Say which instance.").ToDictionary());
        }

        // An instance the user may not see has no executions for him, like one that does not exist.
        var items = (await store.GetVisibleExecutionLogAsync(workflowInstanceId, access, cancellationToken) ?? [])
            .Where(r => string.IsNullOrEmpty(activityNodeId) || r.ActivityNodeId == activityNodeId)
            .Select(r => ElsaInstanceView.Execution(r, full))
            .ToList();
        return TypedResults.Ok(new ElsaList<JsonObject>(items, items.Count));
    }

    private static async Task<Results<Ok<ElsaExecutionReport>, NotFound, ValidationProblem>> ReportAsync(
        ElsaReportRequest request, IWorkflowInstanceStore store, CaseDataAccess access, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.WorkflowInstanceId))
        {
            return TypedResults.ValidationProblem(FieldErrors.Of("workflowInstanceId", "Say which instance.").ToDictionary());
        }

        var instance = await store.FindVisibleAsync(request.WorkflowInstanceId, access, cancellationToken);
        if (instance is null)
        {
            return TypedResults.NotFound();
        }

        var log = await store.GetExecutionLogAsync(instance.Id, cancellationToken);
        return TypedResults.Ok(new ElsaExecutionReport(ElsaInstanceView.Report(instance, log, request.ActivityNodeIds)));
    }

    private static async Task<Results<Ok<JsonObject>, NotFound>> GetExecutionAsync(
        string? id, IWorkflowInstanceStore store, CaseDataAccess access, CancellationToken cancellationToken)
    {
        var record = await FindExecutionAsync(id, store, access, cancellationToken);
        return record is null ? TypedResults.NotFound() : TypedResults.Ok(ElsaInstanceView.Execution(record, full: true));
    }

    private static async Task<Results<Ok<ElsaPage<JsonObject>>, NotFound>> GetCallStackAsync(
        string id, IWorkflowInstanceStore store, CaseDataAccess access, CancellationToken cancellationToken)
    {
        // Flowcharts run flat: an activity's call stack is the activity itself.
        var record = await FindExecutionAsync(id, store, access, cancellationToken);
        return record is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new ElsaPage<JsonObject>([ElsaInstanceView.Execution(record, full: false)], 1, []));
    }

    private static async Task<ActivityExecutionRecord?> FindExecutionAsync(string? id, IWorkflowInstanceStore store, CaseDataAccess access, CancellationToken cancellationToken)
    {
        if (id is null || ElsaInstanceView.ParseExecutionId(id) is not var (instanceId, recordId))
        {
            return null;
        }

        return (await store.GetVisibleExecutionLogAsync(instanceId, access, cancellationToken))?.FirstOrDefault(r => r.Id == recordId);
    }

    private static T? Invalid<T>(FieldErrors errors, string field, string message)
        where T : struct
    {
        errors.Add(field, message);
        return null;
    }
}
