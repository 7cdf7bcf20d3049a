using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Host.Access;
using Velferd.Workflows.Host.Auth;

namespace Velferd.Workflows.Host.Instances;

/// <summary>Instances: start, list, read with the execution log, cancel.</summary>
public static class InstanceEndpoints
{
    /// <summary>Maps <c>/api/instances</c>.</summary>
    public static RouteGroupBuilder MapInstanceEndpoints(this IEndpointRouteBuilder routes)
    {
        var instances = routes.MapGroup("/api/instances").WithTags("Forløp").RequireAuthorization();
        instances.MapPost("/", StartAsync).ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(Policies.RunInstances).WithSummary("Start a pathway instance");
        instances.MapGet("/", ListAsync).WithSummary("List instances, filtered and paged");
        instances.MapGet("/{instanceId}", GetAsync).WithSummary("Get an instance with its bookmarks and execution log");
        instances.MapPost("/{instanceId}/cancel", CancelAsync).RequireAuthorization(Policies.CancelInstances).WithSummary("Cancel an instance");
        return instances;
    }

    private static async Task<Results<Created<InstanceSummary>, ValidationProblem, NotFound, ProblemHttpResult>> StartAsync(
        StartInstanceRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        CaseDataAccess access,
        WorkflowEngine engine,
        IWorkflowInstanceStore store,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.DefinitionId))
        {
            errors.Add("definitionId", "Say which pathway to start.");
        }

        VersionOptions? version = null;
        if (request.Version is not null)
        {
            if (VersionOptions.TryParse(request.Version, out var parsed))
            {
                version = parsed;
            }
            else
            {
                errors.Add("version", "Use Published, Latest or a version number.");
            }
        }

        CorrelationIds.Check(request.CorrelationId, "correlationId", errors);

        if (idempotencyKey is { Length: > IdempotencyKeys.MaxLength })
        {
            errors.Add("Idempotency-Key", "The idempotency key can be at most 200 characters long.");
        }

        var team = access.ChooseTeam(request.Team);
        if (team.Error is not null)
        {
            errors.Add("team", team.Error);
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var result = await engine.StartAsync(
            new StartRequest(
                request.DefinitionId!,
                request.Input?.ToDictionary(p => p.Key, p => p.Value),
                request.CorrelationId,
                version,
                IdempotencyKeys.OfCaller(access, idempotencyKey),
                team.Team,
                RefuseChangedRepeat: true),
            cancellationToken);
        switch (result.Problem)
        {
            case StartProblem.DefinitionNotFound:
                return TypedResults.NotFound();
            case StartProblem.NotPublished:
                return TypedResults.ValidationProblem(FieldErrors.Of("definitionId", "The pathway has no published version to start.").ToDictionary());
            case StartProblem.IdempotencyKeyReused:
                return TypedResults.Problem(IdempotencyKeys.Reused());
        }

        var instance = await store.FindAsync(result.InstanceId!, cancellationToken);
        var summary = instance is null
            ? new InstanceSummary(result.InstanceId!, request.DefinitionId!, "", 0, null, request.CorrelationId, team.Team, WorkflowStatus.Running, WorkflowSubStatus.Pending, default, default, null)
            : InstanceSummary.From(instance);
        return TypedResults.Created($"/api/instances/{result.InstanceId}", summary);
    }

    private static async Task<Results<Ok<InstanceList>, ValidationProblem>> ListAsync(
        IWorkflowInstanceStore store,
        CaseDataAccess access,
        string? definitionId,
        string? correlationId,
        WorkflowStatus? status,
        WorkflowSubStatus? subStatus,
        string? after,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        if (pageSize is < 1 or > 500)
        {
            return TypedResults.ValidationProblem(FieldErrors.Of("pageSize", "The page size must be between 1 and 500.").ToDictionary());
        }

        var page = await store.ListAsync(
            new InstanceQuery
            {
                DefinitionId = definitionId,
                CorrelationId = correlationId,
                Visibility = access.Visibility,
                Status = status,
                SubStatus = subStatus,
                After = after,
                PageSize = pageSize ?? 50,
            },
            cancellationToken);
        return TypedResults.Ok(new InstanceList([.. page.Items.Select(InstanceSummary.From)], page.NextCursor, page.TotalCount));
    }

    private static async Task<Results<Ok<InstanceDetails>, NotFound>> GetAsync(
        string instanceId, CaseDataAccess access, IWorkflowInstanceStore store, CancellationToken cancellationToken)
    {
        var instance = await store.FindVisibleAsync(instanceId, access, cancellationToken);
        if (instance is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(InstanceDetails.From(instance, await store.GetExecutionLogAsync(instanceId, cancellationToken)));
    }

    private static async Task<Results<Ok<InstanceSummary>, NotFound>> CancelAsync(
        string instanceId, CaseDataAccess access, WorkflowEngine engine, IWorkflowInstanceStore store, CancellationToken cancellationToken)
    {
        if (await store.FindVisibleAsync(instanceId, access, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        await engine.CancelAsync(instanceId, cancellationToken);
        var instance = await store.FindAsync(instanceId, cancellationToken);
        return TypedResults.Ok(InstanceSummary.From(instance!));
    }
}
