using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Host.RemoteServices;

/// <summary>An outbox incident as operators see it: ids, service, attempts and the last error; never the payload.</summary>
/// <param name="Id">The message id.</param>
/// <param name="WorkflowInstanceId">The instance that asked.</param>
/// <param name="ActivityId">The activity that asked.</param>
/// <param name="Service">The service.</param>
/// <param name="Operation">The operation.</param>
/// <param name="WaitsForReply">True when the instance waits for it.</param>
/// <param name="Attempts">Attempts made.</param>
/// <param name="CreatedAt">When it was written.</param>
/// <param name="FirstFailedAt">When the first attempt failed.</param>
/// <param name="IncidentAt">When the incident was raised.</param>
/// <param name="LastError">The last failure (service and status).</param>
public sealed record OutboxIncident(
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
    string? LastError)
{
    /// <summary>The operator's view of a message.</summary>
    public static OutboxIncident From(OutboxMessage m) => new(
        m.Id, m.WorkflowInstanceId, m.ActivityId, m.Service, m.Operation, m.BookmarkId is not null, m.Attempts,
        m.CreatedAt, m.FirstFailedAt, m.IncidentAt, m.LastError);
}
