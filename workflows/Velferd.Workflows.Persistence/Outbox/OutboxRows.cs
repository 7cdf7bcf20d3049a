using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Persistence.Outbox;

/// <summary>Maps outbox requests and rows.</summary>
internal static class OutboxRows
{
    /// <summary>
    /// The row for a request, with the id of the bookmark that waits for its reply; null when the request waits for a
    /// reply but its activity did not suspend (it faulted after asking), so nothing would take the reply.
    /// </summary>
    public static OutboxRow? FromRequest(OutboxRequest request, BurstCommit commit)
    {
        string? bookmarkId = null;
        if (request.WaitsForReply)
        {
            bookmarkId = commit.AddedBookmarks.FirstOrDefault(b => b.Name == OutboxCalls.ReplyBookmarkName && b.Key == request.Id)?.Id;
            if (bookmarkId is null)
            {
                return null;
            }
        }

        return new OutboxRow
        {
            Id = request.Id,
            WorkflowInstanceId = request.WorkflowInstanceId,
            ActivityId = request.ActivityId,
            BookmarkId = bookmarkId,
            Service = request.Service,
            IsTest = request.IsTest,
            Operation = request.Operation,
            PayloadJson = request.Payload?.ToJsonString(),
            IdempotencyKey = request.IdempotencyKey,
            Status = OutboxStatus.Pending,
            AvailableAt = request.CreatedAt,
            CreatedAt = request.CreatedAt,
        };
    }

    public static OutboxMessage ToModel(OutboxRow r) => new()
    {
        Id = r.Id,
        WorkflowInstanceId = r.WorkflowInstanceId,
        ActivityId = r.ActivityId,
        BookmarkId = r.BookmarkId,
        Service = r.Service,
        IsTest = r.IsTest,
        Operation = r.Operation,
        Payload = r.PayloadJson is null ? null : JsonNode.Parse(r.PayloadJson),
        IdempotencyKey = r.IdempotencyKey,
        Status = r.Status,
        Attempts = r.Attempts,
        AvailableAt = r.AvailableAt,
        CreatedAt = r.CreatedAt,
        FirstFailedAt = r.FirstFailedAt,
        LastError = r.LastError,
        FinishedAt = r.FinishedAt,
        IncidentAt = r.IncidentAt,
        ResolutionNote = r.ResolutionNote,
    };
}
