using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Host.Instances;

/// <summary>An instance in a list.</summary>
public sealed record InstanceSummary(
    string Id,
    string DefinitionId,
    string DefinitionVersionId,
    int DefinitionVersion,
    string? Name,
    string? CorrelationId,
    string? Team,
    WorkflowStatus Status,
    WorkflowSubStatus SubStatus,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt)
{
    /// <summary>The summary of an instance.</summary>
    public static InstanceSummary From(WorkflowInstance i) => new(
        i.Id, i.DefinitionId, i.DefinitionVersionId, i.DefinitionVersion, i.Name, i.CorrelationId, i.Team, i.Status, i.SubStatus, i.CreatedAt, i.UpdatedAt, i.FinishedAt);
}
