using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Definitions;
using Velferd.Workflows.Host.Hosting;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>
/// The definition half of the Elsa Studio contract (API.md §3.1–3.3), mapped onto <see cref="WorkflowDefinitionService"/>:
/// one model, our versioning rules. Changes need the edit policy (process owner, admin); others get 403.
/// </summary>
public static class ElsaDefinitionEndpoints
{
    /// <summary>Maps the definition routes on the <c>/elsa/api</c> group.</summary>
    public static RouteGroupBuilder MapElsaDefinitionEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/workflow-definitions", ListAsync).WithSummary("List definitions (Elsa Studio)");
        api.MapGet("/workflow-definitions/by-definition-id/{definitionId}", GetByDefinitionIdAsync).WithSummary("Get a definition by its definition id (Elsa Studio)");
        api.MapGet("/workflow-definitions/by-id/{id}", GetByIdAsync).WithSummary("Get a definition version by its version id (Elsa Studio)");
        api.MapGet("/workflow-definitions/validation/is-name-unique", IsNameUniqueAsync).WithSummary("Check whether a definition name is free (Elsa Studio)");
        api.MapGet("/workflow-definitions/{definitionId}/export", ExportAsync).WithSummary("Export a definition (Elsa Studio)");
        api.MapPost("/workflow-definitions", SaveAsync).Accepts<JsonObject>("application/json").RequireAuthorization(Policies.EditDefinitions).WithSummary("Save or publish a definition from the editor (Elsa Studio)");
        api.MapPost("/workflow-definitions/import", ImportAsync).Accepts<JsonObject>("application/json").RequireAuthorization(Policies.EditDefinitions).WithSummary("Import a definition (Elsa Studio)");
        api.MapPost("/workflow-definitions/{definitionId}/publish", PublishAsync).RequireAuthorization(Policies.EditDefinitions).WithSummary("Publish a definition (Elsa Studio)");
        api.MapPost("/workflow-definitions/{definitionId}/retract", RetractAsync).RequireAuthorization(Policies.EditDefinitions).WithSummary("Retract a definition (Elsa Studio)");
        api.MapPost("/workflow-definitions/{definitionId}/revert/{version:int}", RevertAsync).RequireAuthorization(Policies.EditDefinitions).WithSummary("Make an older version the latest draft (Elsa Studio)");
        api.MapPost("/workflow-definitions/{definitionId}/execute", ExecuteAsync).RequireAuthorization(Policies.EditDefinitions).WithSummary("Run a definition, as a test run when the body says \"testRun\": true; the instance id comes in a header (Elsa Studio)");
        api.MapDelete("/workflow-definitions/{definitionId}", DeleteAsync).RequireAuthorization(Policies.EditDefinitions).WithSummary("Delete a definition (Elsa Studio)");
        api.MapDelete("/workflow-definition-versions/{id}", DeleteVersionAsync).RequireAuthorization(Policies.EditDefinitions).WithSummary("Delete one definition version (Elsa Studio)");
        api.MapPost("/bulk-actions/delete/workflow-definitions/by-id", BulkDeleteVersionsAsync).RequireAuthorization(Policies.EditDefinitions).WithSummary("Delete definition versions by version id (Elsa Studio)");
        api.MapPost("/bulk-actions/delete/workflow-definitions/by-definition-id", BulkDeleteAsync).RequireAuthorization(Policies.EditDefinitions).WithSummary("Delete definitions by definition id (Elsa Studio)");
        api.MapPost("/bulk-actions/publish/workflow-definitions/by-definition-ids", BulkPublishAsync).RequireAuthorization(Policies.EditDefinitions).WithSummary("Publish several definitions (Elsa Studio)");
        api.MapPost("/bulk-actions/retract/workflow-definitions/by-definition-ids", BulkRetractAsync).RequireAuthorization(Policies.EditDefinitions).WithSummary("Retract several definitions (Elsa Studio)");
        return api;
    }

    private static async Task<Results<Ok<ElsaPage<ElsaDefinitionSummary>>, ValidationProblem>> ListAsync(
        HttpRequest request, IWorkflowDefinitionStore store, ElsaDefinitionView view, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var errors = new FieldErrors();
        if (!VersionOptions.TryParse(query["versionOptions"], out var versions))
        {
            errors.Add("versionOptions", ElsaDefinitionView.VersionOptionsHelp);
        }

        var page = ReadInt(query["page"], 0, "page", 0, int.MaxValue, errors);
        var pageSize = ReadInt(query["pageSize"], 50, "pageSize", 1, 500, errors);
        DefinitionOrder? orderBy = null;
        if (query["orderBy"].ToString() is { Length: > 0 } order)
        {
            orderBy = Enum.TryParse<DefinitionOrder>(order, ignoreCase: true, out var parsed) ? parsed : null;
            if (orderBy is null)
            {
                errors.Add("orderBy", "Use Name, Created or Version.");
            }
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var ids = query["definitionIds"].Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToList();
        var result = await store.ListAsync(
            new DefinitionQuery
            {
                Versions = versions,
                DefinitionIds = ids.Count > 0 ? ids : null,
                SearchTerm = query["searchTerm"].ToString() is { Length: > 0 } term ? term : null,
                OrderBy = orderBy ?? DefinitionOrder.Name,
                Descending = string.Equals(query["orderDirection"], "Descending", StringComparison.OrdinalIgnoreCase),
                Page = page,
                PageSize = pageSize,
            },
            cancellationToken);
        var canEdit = await view.CanEditAsync();
        return TypedResults.Ok(new ElsaPage<ElsaDefinitionSummary>(
            [.. result.Items.Select(d => ElsaDefinitionView.Summary(d, canEdit))], result.TotalCount, ElsaDefinitionView.ListLinks(canEdit)));
    }

    private static async Task<Results<Ok<JsonObject>, NotFound, ValidationProblem>> GetByDefinitionIdAsync(
        string definitionId, string? versionOptions, IWorkflowDefinitionStore store, ElsaDefinitionView view, CancellationToken cancellationToken)
    {
        if (!VersionOptions.TryParse(versionOptions, out var options))
        {
            return TypedResults.ValidationProblem(FieldErrors.Of("versionOptions", ElsaDefinitionView.VersionOptionsHelp).ToDictionary());
        }

        var definition = await store.FindAsync(definitionId, options, cancellationToken);
        return definition is null ? TypedResults.NotFound() : TypedResults.Ok(ElsaDefinitionView.Definition(definition, await view.CanEditAsync()));
    }

    private static async Task<Results<Ok<JsonObject>, NotFound>> GetByIdAsync(
        string id, IWorkflowDefinitionStore store, ElsaDefinitionView view, CancellationToken cancellationToken)
    {
        var definition = await store.FindByVersionIdAsync(id, cancellationToken);
        return definition is null ? TypedResults.NotFound() : TypedResults.Ok(ElsaDefinitionView.Definition(definition, await view.CanEditAsync()));
    }

    private static async Task<Results<Ok<ElsaNameUnique>, ValidationProblem>> IsNameUniqueAsync(
        string? name, string? definitionId, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return TypedResults.ValidationProblem(FieldErrors.Of("name", "Give a name to check.").ToDictionary());
        }

        return TypedResults.Ok(new ElsaNameUnique(!await store.IsNameTakenAsync(name.Trim(), definitionId, cancellationToken)));
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> ExportAsync(
        string definitionId, string? versionOptions, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        if (!VersionOptions.TryParse(versionOptions, out var options))
        {
            return TypedResults.ValidationProblem(FieldErrors.Of("versionOptions", ElsaDefinitionView.VersionOptionsHelp).ToDictionary());
        }

        var definition = await store.FindAsync(definitionId, options, cancellationToken);
        if (definition is null)
        {
            return TypedResults.NotFound();
        }

        var json = WorkflowDefinitionJson.ToJson(definition).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", $"{definition.DefinitionId}-v{definition.Version}.json");
    }

    private static async Task<Results<Ok<ElsaSaveResponse>, ValidationProblem>> SaveAsync(
        HttpRequest request, WorkflowDefinitionService service, CancellationToken cancellationToken)
    {
        var body = ReadBody(await RequestBody.ReadTextAsync(request, cancellationToken), out var problem);
        if (body is null)
        {
            return TypedResults.ValidationProblem(problem!.ToDictionary());
        }

        var errors = new FieldErrors();
        var publish = false;
        if (body["publish"] is { } publishNode && !(publishNode is JsonValue v && v.TryGetValue(out publish)))
        {
            errors.Add("publish", "'publish' must be true or false.");
        }

        if (body["model"] is not JsonObject model)
        {
            errors.Add("model", "The request needs a 'model' object with the definition.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var parsed = WorkflowDefinitionJson.FromJson(model);
        if (parsed.Model is not { } definition || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(Prefixed("model", parsed.Errors, errors));
        }

        var change = await service.SaveAsync(definition, publish, cancellationToken);
        return change.Definition is { } saved
            ? TypedResults.Ok(new ElsaSaveResponse(ElsaDefinitionView.Definition(saved, canEdit: true), AlreadyPublished: false, ConsumingWorkflowCount: 0))
            : TypedResults.ValidationProblem(Prefixed("model", change.Errors, null));
    }

    private static async Task<Results<Ok<JsonObject>, ValidationProblem>> ImportAsync(
        HttpRequest request, WorkflowDefinitionService service, CancellationToken cancellationToken)
    {
        var body = ReadBody(await RequestBody.ReadTextAsync(request, cancellationToken), out var problem);
        if (body is null)
        {
            return TypedResults.ValidationProblem(problem!.ToDictionary());
        }

        var parsed = WorkflowDefinitionJson.FromJson(body);
        if (parsed.Model is not { } model)
        {
            return TypedResults.ValidationProblem(parsed.Errors!.ToDictionary());
        }

        var change = await service.SaveAsync(model, publish: false, cancellationToken);
        return change.Definition is { } saved
            ? TypedResults.Ok(ElsaDefinitionView.Definition(saved, canEdit: true))
            : TypedResults.ValidationProblem(change.Errors!.ToDictionary());
    }

    private static async Task<Results<Ok<ElsaSaveResponse>, NotFound, ValidationProblem>> PublishAsync(
        string definitionId, IWorkflowDefinitionStore store, WorkflowDefinitionService service, CancellationToken cancellationToken)
    {
        var before = await store.FindAsync(definitionId, VersionOptions.Latest, cancellationToken);
        var change = await service.PublishAsync(definitionId, cancellationToken);
        return change switch
        {
            { IsNotFound: true } => TypedResults.NotFound(),
            { Definition: { } saved } => TypedResults.Ok(new ElsaSaveResponse(
                ElsaDefinitionView.Definition(saved, canEdit: true), AlreadyPublished: before?.IsPublished == true, ConsumingWorkflowCount: 0)),
            _ => TypedResults.ValidationProblem(change.Errors!.ToDictionary()),
        };
    }

    private static async Task<Results<Ok<JsonObject>, NotFound, ValidationProblem>> RetractAsync(
        string definitionId, WorkflowDefinitionService service, CancellationToken cancellationToken) =>
        await service.RetractAsync(definitionId, cancellationToken) switch
        {
            { IsNotFound: true } => TypedResults.NotFound(),
            { Definition: { } saved } => TypedResults.Ok(ElsaDefinitionView.Definition(saved, canEdit: true)),
            var change => TypedResults.ValidationProblem(change.Errors!.ToDictionary()),
        };

    private static async Task<Results<Ok<ElsaDefinitionSummary>, NotFound, ValidationProblem>> RevertAsync(
        string definitionId, int version, WorkflowDefinitionService service, CancellationToken cancellationToken) =>
        await service.RevertAsync(definitionId, version, cancellationToken) switch
        {
            { IsNotFound: true } => TypedResults.NotFound(),
            { Definition: { } saved } => TypedResults.Ok(ElsaDefinitionView.Summary(saved, canEdit: true)),
            var change => TypedResults.ValidationProblem(change.Errors!.ToDictionary()),
        };

    private static async Task<Results<Ok<ElsaExecuteResponse>, NotFound, ValidationProblem>> ExecuteAsync(
        string definitionId, HttpRequest request, HttpResponse response, WorkflowEngine engine, CaseDataAccess access, CancellationToken cancellationToken)
    {
        var text = await RequestBody.ReadTextAsync(request, cancellationToken);
        FieldErrors? problem = null;
        var body = string.IsNullOrWhiteSpace(text) ? new JsonObject() : ReadBody(text, out problem);
        if (body is null)
        {
            return TypedResults.ValidationProblem(problem!.ToDictionary());
        }

        var errors = new FieldErrors();
        var versionText = body["versionOptions"] is JsonValue versionValue && versionValue.TryGetValue<string>(out var s) ? s : null;
        if (!VersionOptions.TryParse(versionText, out var version))
        {
            errors.Add("versionOptions", ElsaDefinitionView.VersionOptionsHelp);
        }

        var correlationId = body["correlationId"] is JsonValue correlationValue && correlationValue.TryGetValue<string>(out var c) ? c : null;
        CorrelationIds.Check(correlationId, "correlationId", errors);

        var input = body["input"] switch
        {
            null => null,
            JsonObject obj => obj.ToDictionary(p => p.Key, p => p.Value?.DeepClone()),
            _ => Invalid(errors, "input", "'input' must be an object."),
        };
        var team = access.ChooseTeam(body["team"] is JsonValue teamValue && teamValue.TryGetValue<string>(out var t) ? t : null);
        if (team.Error is not null)
        {
            errors.Add("team", team.Error);
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        // The designer's «Kjør» asks for a test run (designer-run.js); an Elsa client that does not ask starts a real instance.
        var testRun = body["testRun"] is JsonValue testValue && testValue.TryGetValue<bool>(out var test) && test;
        var result = await engine.StartAsync(
            new StartRequest(definitionId, input, correlationId, version, Team: team.Team, TestRunBy: testRun ? access.UserId : null), cancellationToken);
        if (result.Problem == StartProblem.DefinitionNotFound)
        {
            return TypedResults.NotFound();
        }

        if (result.InstanceId is not { } instanceId)
        {
            response.Headers["x-elsa-workflow-cannot-start"] = "true";
            return TypedResults.Ok(new ElsaExecuteResponse(null, CannotStart: true));
        }

        response.Headers["x-elsa-workflow-instance-id"] = instanceId;
        return TypedResults.Ok(new ElsaExecuteResponse(instanceId, CannotStart: false));
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> DeleteAsync(
        string definitionId, WorkflowDefinitionService service, CancellationToken cancellationToken) =>
        DefinitionDeletion.ToResult(await service.DeleteAsync(definitionId, cancellationToken));

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> DeleteVersionAsync(
        string id, WorkflowDefinitionService service, CancellationToken cancellationToken) =>
        DefinitionDeletion.ToResult(await service.DeleteVersionAsync(id, cancellationToken));

    private static async Task<Results<Ok<ElsaDeleted>, ValidationProblem>> BulkDeleteVersionsAsync(
        ElsaIdsRequest request, WorkflowDefinitionService service, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var id in request.Ids ?? [])
        {
            if ((await service.DeleteVersionAsync(id, cancellationToken)).Definition is not null)
            {
                deleted++;
            }
        }

        return TypedResults.Ok(new ElsaDeleted(deleted));
    }

    private static async Task<Ok<ElsaDeleted>> BulkDeleteAsync(
        ElsaDefinitionIdsRequest request, WorkflowDefinitionService service, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var definitionId in request.DefinitionIds ?? [])
        {
            if ((await service.DeleteAsync(definitionId, cancellationToken)).Definition is not null)
            {
                deleted++;
            }
        }

        return TypedResults.Ok(new ElsaDeleted(deleted));
    }

    private static async Task<Ok<ElsaBulkPublished>> BulkPublishAsync(
        ElsaDefinitionIdsRequest request, IWorkflowDefinitionStore store, WorkflowDefinitionService service, CancellationToken cancellationToken)
    {
        List<string> published = [], already = [], notFound = [];
        foreach (var definitionId in request.DefinitionIds ?? [])
        {
            var latest = await store.FindAsync(definitionId, VersionOptions.Latest, cancellationToken);
            if (latest is null)
            {
                notFound.Add(definitionId);
            }
            else if (latest.IsPublished)
            {
                already.Add(definitionId);
            }
            else if ((await service.PublishAsync(definitionId, cancellationToken)).Definition is not null)
            {
                published.Add(definitionId);
            }
        }

        return TypedResults.Ok(new ElsaBulkPublished(published, already, notFound, []));
    }

    private static async Task<Ok<ElsaBulkRetracted>> BulkRetractAsync(
        ElsaDefinitionIdsRequest request, WorkflowDefinitionService service, CancellationToken cancellationToken)
    {
        List<string> retracted = [], already = [], notFound = [];
        foreach (var definitionId in request.DefinitionIds ?? [])
        {
            var change = await service.RetractAsync(definitionId, cancellationToken);
            (change.IsNotFound ? notFound : change.Definition is null ? already : retracted).Add(definitionId);
        }

        return TypedResults.Ok(new ElsaBulkRetracted(retracted, already, notFound));
    }

    private static JsonObject? ReadBody(string text, out FieldErrors? problem)
    {
        problem = null;
        try
        {
            if (JsonNode.Parse(text) is JsonObject obj)
            {
                return obj;
            }

            problem = FieldErrors.Of("$", "The body must be a JSON object.");
        }
        catch (JsonException e)
        {
            problem = FieldErrors.Of("$", $"The body is not valid JSON: {e.Message}");
        }

        return null;
    }

    private static Dictionary<string, JsonNode?>? Invalid(FieldErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return null;
    }

    private static int ReadInt(string? text, int fallback, string field, int min, int max, FieldErrors errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(field, $"'{field}' must be a whole number from {min} to {max}.");
        return fallback;
    }

    private static Dictionary<string, string[]> Prefixed(string prefix, FieldErrors? errors, FieldErrors? more)
    {
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, messages) in errors?.ToDictionary() ?? new Dictionary<string, string[]>())
        {
            result[key == "$" ? prefix : $"{prefix}.{key}"] = messages;
        }

        foreach (var (key, messages) in more?.ToDictionary() ?? new Dictionary<string, string[]>())
        {
            result[key] = messages;
        }

        return result;
    }
}
