using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>The descriptor and settings lists the designer's panels load (API.md §3.1–3.2).</summary>
public static class ElsaDescriptorEndpoints
{
    /// <summary>
    /// The globals our JavaScript expressions see (Jint), for the designer's Monaco editor. Kept in step with
    /// <c>JavaScriptRuntime</c> by hand: it is a few lines.
    /// </summary>
    private const string JavaScriptTypeDefinitions = """
        declare function getVariable(name: string): any;
        declare function setVariable(name: string, value: any): void;
        declare function getInput(name: string): any;
        declare function getWorkflowInstanceId(): string;
        declare function getCorrelationId(): string | null;
        declare function setOutcome(outcome: string): void;
        declare function setOutcomes(outcomes: string[]): void;
        """;

    /// <summary>Maps the descriptor routes on the <c>/elsa/api</c> group.</summary>
    public static RouteGroupBuilder MapElsaDescriptorEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/descriptors/activities", (ActivityRegistry registry) =>
        {
            var items = ElsaDescriptors.Activities(registry);
            return TypedResults.Ok(new ElsaList<ElsaActivityDescriptor>(items, items.Count));
        });
        api.MapGet("/descriptors/expression-descriptors", () => ListOf(ElsaDescriptors.Expressions));
        api.MapGet("/descriptors/workflow-activation-strategies", () => ListOf(ElsaDescriptors.ActivationStrategies));
        api.MapGet("/descriptors/incident-strategies", () => ListOf(ElsaDescriptors.IncidentStrategies));
        api.MapGet("/descriptors/log-persistence-strategies", () => ListOf(ElsaDescriptors.LogPersistenceStrategies));
        api.MapGet("/descriptors/commit-strategies/workflows", () => ListOf<ElsaNamedChoice>([]));
        api.MapGet("/descriptors/commit-strategies/activities", () => ListOf<ElsaNamedChoice>([]));
        api.MapGet("/descriptors/variables", () => TypedResults.Ok(new ElsaItems<ElsaVariableType>(ElsaDescriptors.VariableTypes)));
        api.MapGet("/descriptors/storage-drivers", () => TypedResults.Ok(new ElsaItems<ElsaStorageDriver>(ElsaDescriptors.StorageDrivers)));
        api.MapGet("/descriptors/output-converters", () => TypedResults.Ok(new ElsaItems<object>([])));

        // No real-time updates (SignalR) and no resilience: the instance viewer polls, and the Resilience tab stays hidden.
        api.MapGet("/features/installed", () => ListOf<ElsaFeature>([]));
        api.MapPost("/scripting/javascript/type-definitions/{definitionId}", (string definitionId) =>
            TypedResults.Text(JavaScriptTypeDefinitions, "application/x-typescript"));
        return api;
    }

    private static Ok<ElsaList<T>> ListOf<T>(IReadOnlyList<T> items) => TypedResults.Ok(new ElsaList<T>(items, items.Count));
}
