using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>The descriptor and settings lists the designer's panels load (API.md §3.1–3.2).</summary>
public static class ElsaDescriptorEndpoints
{
    /// <summary>Maps the descriptor routes on the <c>/elsa/api</c> group.</summary>
    public static RouteGroupBuilder MapElsaDescriptorEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/descriptors/activities", async (ActivityRegistry registry, IWorkflowDefinitionStore definitions, CancellationToken cancellationToken) =>
        {
            IReadOnlyList<ElsaActivityDescriptor> items = [.. ElsaDescriptors.Activities(registry), .. await ElsaDefinitionActivities.ListAsync(definitions, cancellationToken)];
            return TypedResults.Ok(new ElsaList<ElsaActivityDescriptor>(items, items.Count));
        }).WithSummary("List the activity descriptors for the toolbox and the input panel, with the definitions usable as activities (Elsa Studio)");
        api.MapGet("/descriptors/expression-descriptors", () => ListOf(ElsaDescriptors.Expressions)).WithSummary("List the expression languages (Elsa Studio)");
        api.MapGet("/descriptors/workflow-activation-strategies", () => ListOf(ElsaDescriptors.ActivationStrategies)).WithSummary("List the activation strategies (Elsa Studio)");
        api.MapGet("/descriptors/incident-strategies", () => ListOf(ElsaDescriptors.IncidentStrategies)).WithSummary("List the incident strategies (Elsa Studio)");
        api.MapGet("/descriptors/log-persistence-strategies", () => ListOf(ElsaDescriptors.LogPersistenceStrategies)).WithSummary("List the log persistence strategies (Elsa Studio)");
        api.MapGet("/descriptors/commit-strategies/workflows", () => ListOf<ElsaNamedChoice>([])).WithSummary("List the workflow commit strategies: none (Elsa Studio)");
        api.MapGet("/descriptors/commit-strategies/activities", () => ListOf<ElsaNamedChoice>([])).WithSummary("List the activity commit strategies: none (Elsa Studio)");
        api.MapGet("/descriptors/variables", () => TypedResults.Ok(new ElsaItems<ElsaVariableType>(ElsaDescriptors.VariableTypes))).WithSummary("List the variable types (Elsa Studio)");
        api.MapGet("/descriptors/storage-drivers", () => TypedResults.Ok(new ElsaItems<ElsaStorageDriver>(ElsaDescriptors.StorageDrivers))).WithSummary("List the variable storage drivers (Elsa Studio)");
        api.MapGet("/descriptors/output-converters", () => TypedResults.Ok(new ElsaItems<object>([]))).WithSummary("List the output converters: none (Elsa Studio)");

        // No real-time updates (SignalR) and no resilience: the instance viewer polls, and the Resilience tab stays hidden.
        api.MapGet("/features/installed", () => ListOf<ElsaFeature>([])).WithSummary("List the installed server features: none (Elsa Studio)");
        api.MapPost("/scripting/javascript/type-definitions/{definitionId}", async (
                string definitionId, IWorkflowDefinitionStore definitions, WorkflowBlueprintCompiler compiler, CancellationToken cancellationToken) =>
            TypedResults.Text(await ElsaJavaScriptTypeDefinitions.ForAsync(definitionId, definitions, compiler, cancellationToken), "application/x-typescript"))
            .WithSummary("TypeScript declarations for the JavaScript editor, with the helpers generated for the definition (Elsa Studio)");
        return api;
    }

    private static Ok<ElsaList<T>> ListOf<T>(IReadOnlyList<T> items) => TypedResults.Ok(new ElsaList<T>(items, items.Count));
}
