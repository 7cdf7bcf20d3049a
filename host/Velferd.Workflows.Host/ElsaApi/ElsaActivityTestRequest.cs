namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>The Test tab's request: which version and which activity (fields the Studio leaves unset are null).</summary>
public sealed record ElsaActivityTestRequest(ElsaDefinitionHandle? WorkflowDefinitionHandle, ElsaActivityHandle? ActivityHandle);
