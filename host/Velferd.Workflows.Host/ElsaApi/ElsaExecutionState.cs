namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>What the viewer polls while an instance runs.</summary>
public sealed record ElsaExecutionState(string Status, string WorkflowSubStatus, DateTimeOffset UpdatedAt);
