using System.IO.Compression;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Host.Auth;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>
/// What the Studio's instance list does to instances: cancel one or many, export one or many. Deleting is refused:
/// an instance is part of a welfare case's record (DOMAIN.md R-66), so it is cancelled, never erased.
/// </summary>
public static class ElsaInstanceActionEndpoints
{
    /// <summary>The detail of the refusal to delete.</summary>
    public const string DeleteRefused =
        "Workflow instances belong to a case's record and are never deleted; cancel the instance instead.";

    /// <summary>Maps the action routes on the <c>/elsa/api</c> group.</summary>
    public static RouteGroupBuilder MapElsaInstanceActionEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/cancel/workflow-instances/{id}", CancelAsync).RequireAuthorization(Policies.CancelInstances).WithSummary("Cancel an instance (Elsa Studio)");
        api.MapPost("/bulk-actions/cancel/workflow-instances", BulkCancelAsync).RequireAuthorization(Policies.CancelInstances).WithSummary("Cancel several instances (Elsa Studio)");
        api.MapGet("/workflow-instances/{id}/export", ExportAsync).RequireAuthorization(Policies.CancelInstances).WithSummary("Export an instance (Elsa Studio)");
        api.MapPost("/bulk-actions/export/workflow-instances", BulkExportAsync).RequireAuthorization(Policies.CancelInstances).WithSummary("Export several instances (Elsa Studio)");
        api.MapDelete("/workflow-instances/{id}", () => RefuseDelete()).WithSummary("Refused: instances belong to a case's record (Elsa Studio)");
        api.MapPost("/bulk-actions/delete/workflow-instances/by-id", () => RefuseDelete()).WithSummary("Refused: instances belong to a case's record (Elsa Studio)");
        return api;
    }

    private static async Task<Results<Ok, NotFound>> CancelAsync(
        string id, WorkflowEngine engine, IWorkflowInstanceStore store, CaseDataAccess access, CancellationToken cancellationToken)
    {
        if (await store.FindVisibleAsync(id, access, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        await engine.CancelAsync(id, cancellationToken);
        return TypedResults.Ok();
    }

    /// <summary>Cancels every running instance named; the answer counts those that were cancelled by this call.</summary>
    private static async Task<Results<Ok<ElsaCancelled>, ValidationProblem>> BulkCancelAsync(
        ElsaInstanceIdsRequest request, WorkflowEngine engine, IWorkflowInstanceStore store, CaseDataAccess access, CancellationToken cancellationToken)
    {
        if (request.Ids is not { Count: > 0 } ids)
        {
            return TypedResults.ValidationProblem(FieldErrors.Of("ids", "Name at least one instance.").ToDictionary());
        }

        var cancelled = 0;
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (await store.FindVisibleAsync(id, access, cancellationToken) is not { Status: WorkflowStatus.Running })
            {
                continue;
            }

            await engine.CancelAsync(id, cancellationToken);
            if (await store.FindAsync(id, cancellationToken) is { SubStatus: WorkflowSubStatus.Cancelled })
            {
                cancelled++;
            }
        }

        return TypedResults.Ok(new ElsaCancelled(cancelled));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportAsync(
        string id, IWorkflowInstanceStore store, CaseDataAccess access, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var export = await InstanceExport.ReadAsync(id, store, access, json.Value.SerializerOptions, cancellationToken);
        return export is null
            ? TypedResults.NotFound()
            : TypedResults.File(export, "application/json", $"workflow-instance-{id}.json");
    }

    /// <summary>One instance is a JSON file; several are a zip with one JSON file each. Unknown ids are left out.</summary>
    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> BulkExportAsync(
        ElsaInstanceIdsRequest request, IWorkflowInstanceStore store, CaseDataAccess access, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        if (request.Ids is not { Count: > 0 } ids)
        {
            return TypedResults.ValidationProblem(FieldErrors.Of("ids", "Name at least one instance.").ToDictionary());
        }

        if (ids.Count == 1)
        {
            return await ExportAsync(ids[0], store, access, json, cancellationToken) switch
            {
                { Result: FileContentHttpResult file } => file,
                _ => TypedResults.NotFound(),
            };
        }

        using var zip = new MemoryStream();
        var found = 0;
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var id in ids.Distinct(StringComparer.Ordinal))
            {
                if (await InstanceExport.ReadAsync(id, store, access, json.Value.SerializerOptions, cancellationToken) is not { } export)
                {
                    continue;
                }

                var entry = archive.CreateEntry($"workflow-instance-{id}.json", CompressionLevel.Fastest);
                await using var stream = await entry.OpenAsync(cancellationToken);
                await stream.WriteAsync(export, cancellationToken);
                found++;
            }
        }

        return found == 0 ? TypedResults.NotFound() : TypedResults.File(zip.ToArray(), "application/zip", "workflow-instances.zip");
    }

    private static ProblemHttpResult RefuseDelete() =>
        TypedResults.Problem(DeleteRefused, statusCode: StatusCodes.Status409Conflict, title: "Instances are kept");
}
