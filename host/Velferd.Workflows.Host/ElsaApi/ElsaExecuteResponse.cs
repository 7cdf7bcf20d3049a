namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>The answer to a run: the new instance (also in the <c>x-elsa-workflow-instance-id</c> header).</summary>
public sealed record ElsaExecuteResponse(string? WorkflowInstanceId, bool CannotStart);
