using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Persistence.Leases;

namespace Velferd.Workflows.Persistence.Stimuli;

/// <summary>A row of <c>stimuli</c>, with its lease.</summary>
public sealed class StimulusRow : ILeasedRow
{
    public required string Id { get; set; }

    public StimulusKind Kind { get; set; }

    public required string IdempotencyKey { get; set; }

    public string? WorkflowInstanceId { get; set; }

    public string? DefinitionVersionId { get; set; }

    public string? BookmarkId { get; set; }

    public string? EventName { get; set; }

    public string? CorrelationId { get; set; }

    public string? Team { get; set; }

    public string? TestRunBy { get; set; }

    public string? ScopeJson { get; set; }

    public string? PayloadJson { get; set; }

    public StimulusStatus Status { get; set; }

    public int Attempts { get; set; }

    public string? LeaseOwner { get; set; }

    public string? ClaimToken { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public DateTimeOffset AvailableAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public string? LastError { get; set; }
}
