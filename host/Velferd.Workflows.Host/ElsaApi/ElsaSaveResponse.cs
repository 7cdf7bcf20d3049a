using System.Text.Json.Nodes;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>The answer to a save or publish (Elsa's <c>SaveWorkflowDefinitionResponse</c>).</summary>
public sealed record ElsaSaveResponse(JsonObject WorkflowDefinition, bool AlreadyPublished, int ConsumingWorkflowCount);
