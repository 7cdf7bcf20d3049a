namespace Velferd.Workflows.Studio.HostApi;

/// <summary>A call to a remote service that ran out of retries (<c>GET /api/outbox/incidents</c>, administrators).</summary>
public sealed record OutboxIncidentAnswer(
    string Id,
    string WorkflowInstanceId,
    string ActivityId,
    string Service,
    string Operation,
    bool WaitsForReply,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FirstFailedAt,
    DateTimeOffset? IncidentAt,
    string? LastError);
