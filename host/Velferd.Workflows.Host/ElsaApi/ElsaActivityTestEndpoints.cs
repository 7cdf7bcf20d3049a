using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Host.Auth;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>
/// The editor's activity Test tab: runs one activity of a definition version on its own, with the variables at their
/// initial values, and shows what it did. Nothing is stored and nothing leaves the host: a user task is not created,
/// a letter is not sent (the activity's requested effects are reported, never carried out).
/// </summary>
public static class ElsaActivityTestEndpoints
{
    /// <summary>Maps <c>POST /tests/activities</c> on the <c>/elsa/api</c> group.</summary>
    public static RouteGroupBuilder MapElsaActivityTestEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/tests/activities", TestAsync).RequireAuthorization(Policies.EditDefinitions).WithSummary("Test one activity of a definition in isolation (Elsa Studio)");
        return api;
    }

    private static async Task<Results<Ok<ElsaActivityTestResult>, NotFound, ValidationProblem>> TestAsync(
        ElsaActivityTestRequest request,
        WorkflowBlueprintProvider blueprints,
        WorkflowRunner runner,
        IServiceProvider services,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var versionId = request.WorkflowDefinitionHandle?.DefinitionVersionId;
        var nodeId = request.ActivityHandle?.ActivityNodeId;
        var activityId = request.ActivityHandle?.ActivityId;
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(versionId))
        {
            errors.Add("workflowDefinitionHandle.definitionVersionId", "Name the definition version.");
        }

        if (string.IsNullOrWhiteSpace(nodeId) && string.IsNullOrWhiteSpace(activityId))
        {
            errors.Add("activityHandle.activityNodeId", "Name the activity.");
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var blueprint = await blueprints.FindAsync(versionId!, cancellationToken);
        var node = blueprint?.Nodes.Values.FirstOrDefault(n => n.Activity.NodeId == nodeId || n.Id == activityId);
        if (blueprint is null || node is null)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        var sandbox = new WorkflowInstance
        {
            Id = "test-" + Ids.New(now),
            DefinitionId = blueprint.Definition.DefinitionId,
            DefinitionVersionId = blueprint.Definition.Id,
            DefinitionVersion = blueprint.Definition.Version,
            Name = blueprint.Definition.Name,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var result = await runner.RunAsync(blueprint, sandbox, new ActivityTestTrigger(node.Id), services, cancellationToken);
        return TypedResults.Ok(ElsaActivityTestResult.From(result.ExecutionLog.LastOrDefault(r => r.ActivityId == node.Id), result));
    }
}
