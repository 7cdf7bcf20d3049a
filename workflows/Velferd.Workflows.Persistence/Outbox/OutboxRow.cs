using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Persistence.Leases;

namespace Velferd.Workflows.Persistence.Outbox;

/// <summary>A row of <c>outbox_messages</c>, with its lease.</summary>
public sealed class OutboxRow : ILeasedRow
{
    public required string Id { get; set; }

    public required string WorkflowInstanceId { get; set; }

    public required string ActivityId { get; set; }

    public string? BookmarkId { get; set; }

    public required string Service { get; set; }

    public bool IsTest { get; set; }

    public required string Operation { get; set; }

    public string? PayloadJson { get; set; }

    public required string IdempotencyKey { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public string? LeaseOwner { get; set; }

    public string? ClaimToken { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public DateTimeOffset AvailableAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FirstFailedAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public DateTimeOffset? IncidentAt { get; set; }

    public string? ResolutionNote { get; set; }
}
