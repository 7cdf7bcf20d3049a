namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>Which nodes to report on.</summary>
public sealed record ElsaReportRequest(string? WorkflowInstanceId, IReadOnlyList<string>? ActivityNodeIds);
