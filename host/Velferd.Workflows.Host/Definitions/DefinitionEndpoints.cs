using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Hosting;

namespace Velferd.Workflows.Host.Definitions;

/// <summary>
/// Process definitions: list, read by version, create and update drafts, publish, retract, delete, import, export
/// and validate. Bodies are Elsa 3 definition JSON; invalid ones are refused with field errors and nothing stored.
/// </summary>
public static class DefinitionEndpoints
{
    /// <summary>Maps <c>/api/definitions</c>.</summary>
    public static RouteGroupBuilder MapDefinitionEndpoints(this IEndpointRouteBuilder routes)
    {
        var definitions = routes.MapGroup("/api/definitions").WithTags("Forløpsdefinisjoner").RequireAuthorization();
        definitions.MapGet("/", ListAsync).WithSummary("List pathway definitions");
        definitions.MapGet("/{definitionId}", GetAsync).WithSummary("Get a definition (latest, published or a version) as Elsa 3 JSON");
        definitions.MapGet("/{definitionId}/versions", ListVersionsAsync).WithSummary("List a definition's versions");
        definitions.MapGet("/{definitionId}/export", ExportAsync).WithSummary("Download a definition as a JSON file");
        definitions.MapPost("/", CreateAsync).ProducesProblem(StatusCodes.Status409Conflict).Accepts<JsonObject>("application/json").RequireAuthorization(Policies.EditDefinitions).WithSummary("Create a definition as a draft");
        definitions.MapPut("/{definitionId}", UpdateAsync).Accepts<JsonObject>("application/json").RequireAuthorization(Policies.EditDefinitions).WithSummary("Save the draft of a definition");
        definitions.MapPost("/import", ImportAsync).Accepts<JsonObject>("application/json").RequireAuthorization(Policies.EditDefinitions).WithSummary("Import a definition from its JSON export");
        definitions.MapPost("/validate", ValidateAsync).Accepts<JsonObject>("application/json").WithSummary("Check a definition without storing it");
        definitions.MapPost("/{definitionId}/publish", PublishAsync).RequireAuthorization(Policies.EditDefinitions).WithSummary("Publish the latest version");
        definitions.MapPost("/{definitionId}/retract", RetractAsync).RequireAuthorization(Policies.EditDefinitions).WithSummary("Retract the published version");
        definitions.MapDelete("/{definitionId}", DeleteAsync).RequireAuthorization(Policies.EditDefinitions).WithSummary("Delete a definition that no instance uses");
        return definitions;
    }

    private static async Task<Results<Ok<DefinitionList>, ValidationProblem>> ListAsync(
        IWorkflowDefinitionStore store, string? search, string? versionOptions, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (!VersionOptions.TryParse(versionOptions, out var versions))
        {
            errors.Add("versionOptions", "Use Latest, Published, LatestOrPublished, LatestAndPublished, Draft, AllVersions or a version number.");
        }

        if (page is < 0)
        {
            errors.Add("page", "The page must be 0 or more.");
        }

        if (pageSize is < 1 or > 500)
        {
            errors.Add("pageSize", "The page size must be between 1 and 500.");
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var result = await store.ListAsync(
            new DefinitionQuery { Versions = versions, SearchTerm = search, Page = page ?? 0, PageSize = pageSize ?? 50 }, cancellationToken);
        return TypedResults.Ok(new DefinitionList([.. result.Items.Select(DefinitionSummary.From)], result.TotalCount));
    }

    private static async Task<Results<Ok<JsonObject>, NotFound, ValidationProblem>> GetAsync(
        string definitionId, string? version, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        if (!VersionOptions.TryParse(version, out var options))
        {
            return TypedResults.ValidationProblem(FieldErrors.Of("version", "Use Latest, Published or a version number.").ToDictionary());
        }

        var definition = await store.FindAsync(definitionId, options, cancellationToken);
        return definition is null ? TypedResults.NotFound() : TypedResults.Ok(WorkflowDefinitionJson.ToJson(definition));
    }

    private static async Task<Results<Ok<IReadOnlyList<DefinitionSummary>>, NotFound>> ListVersionsAsync(
        string definitionId, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        var versions = await store.ListVersionsAsync(definitionId, cancellationToken);
        return versions.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok<IReadOnlyList<DefinitionSummary>>([.. versions.Select(DefinitionSummary.From)]);
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> ExportAsync(
        string definitionId, string? version, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        if (!VersionOptions.TryParse(version, out var options))
        {
            return TypedResults.ValidationProblem(FieldErrors.Of("version", "Use Latest, Published or a version number.").ToDictionary());
        }

        var definition = await store.FindAsync(definitionId, options, cancellationToken);
        if (definition is null)
        {
            return TypedResults.NotFound();
        }

        var json = WorkflowDefinitionJson.ToJson(definition).ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", $"{definition.DefinitionId}-v{definition.Version}.json");
    }

    private static async Task<Results<Created<JsonObject>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, WorkflowDefinitionService service, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        var parsed = WorkflowDefinitionJson.Parse(await RequestBody.ReadTextAsync(request, cancellationToken));
        if (parsed.Model is not { } model)
        {
            return TypedResults.ValidationProblem(parsed.Errors!.ToDictionary());
        }

        if (model.DefinitionId is not null && await store.FindAsync(model.DefinitionId, VersionOptions.Latest, cancellationToken) is not null)
        {
            return TypedResults.Problem($"A definition with id '{model.DefinitionId}' exists; update it with PUT.", statusCode: StatusCodes.Status409Conflict, title: "Konflikt");
        }

        var change = await service.SaveAsync(model, publish: false, cancellationToken);
        if (change.Definition is not { } saved)
        {
            return TypedResults.ValidationProblem(change.Errors!.ToDictionary());
        }

        return TypedResults.Created($"/api/definitions/{saved.DefinitionId}", WorkflowDefinitionJson.ToJson(saved));
    }

    private static async Task<Results<Ok<JsonObject>, NotFound, ValidationProblem>> UpdateAsync(
        string definitionId, HttpRequest request, WorkflowDefinitionService service, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        var parsed = WorkflowDefinitionJson.Parse(await RequestBody.ReadTextAsync(request, cancellationToken));
        if (parsed.Model is not { } model)
        {
            return TypedResults.ValidationProblem(parsed.Errors!.ToDictionary());
        }

        if (await store.FindAsync(definitionId, VersionOptions.Latest, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var change = await service.SaveAsync(model with { DefinitionId = definitionId }, publish: false, cancellationToken);
        return change.Definition is { } saved
            ? TypedResults.Ok(WorkflowDefinitionJson.ToJson(saved))
            : TypedResults.ValidationProblem(change.Errors!.ToDictionary());
    }

    private static async Task<Results<Ok<JsonObject>, ValidationProblem>> ImportAsync(
        HttpRequest request, bool? publish, WorkflowDefinitionService service, CancellationToken cancellationToken)
    {
        var parsed = WorkflowDefinitionJson.Parse(await RequestBody.ReadTextAsync(request, cancellationToken));
        if (parsed.Model is not { } model)
        {
            return TypedResults.ValidationProblem(parsed.Errors!.ToDictionary());
        }

        var change = await service.SaveAsync(model, publish ?? false, cancellationToken);
        return change.Definition is { } saved
            ? TypedResults.Ok(WorkflowDefinitionJson.ToJson(saved))
            : TypedResults.ValidationProblem(change.Errors!.ToDictionary());
    }

    private static async Task<Results<Ok<ValidationResult>, ValidationProblem>> ValidateAsync(
        HttpRequest request, WorkflowDefinitionService service, CancellationToken cancellationToken)
    {
        var parsed = WorkflowDefinitionJson.Parse(await RequestBody.ReadTextAsync(request, cancellationToken));
        var errors = parsed.Model is { } model ? service.Validate(model) : parsed.Errors!;
        return errors.IsEmpty ? TypedResults.Ok(new ValidationResult(true)) : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Results<Ok<JsonObject>, NotFound, ValidationProblem>> PublishAsync(
        string definitionId, WorkflowDefinitionService service, CancellationToken cancellationToken) =>
        ToResult(await service.PublishAsync(definitionId, cancellationToken));

    private static async Task<Results<Ok<JsonObject>, NotFound, ValidationProblem>> RetractAsync(
        string definitionId, WorkflowDefinitionService service, CancellationToken cancellationToken) =>
        ToResult(await service.RetractAsync(definitionId, cancellationToken));

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> DeleteAsync(
        string definitionId, WorkflowDefinitionService service, CancellationToken cancellationToken) =>
        DefinitionDeletion.ToResult(await service.DeleteAsync(definitionId, cancellationToken));

    private static Results<Ok<JsonObject>, NotFound, ValidationProblem> ToResult(DefinitionChange change) => change switch
    {
        { IsNotFound: true } => TypedResults.NotFound(),
        { Definition: { } saved } => TypedResults.Ok(WorkflowDefinitionJson.ToJson(saved)),
        _ => TypedResults.ValidationProblem(change.Errors!.ToDictionary()),
    };
}
