using System.Text.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.Outbox;

/// <summary>
/// How an activity calls a remote service (ARCHITECTURE.md §4 "Side effects"): never inside the burst, but as an
/// outbox message stored with it. <see cref="Call{TRequest}"/> waits for the reply on a bookmark;
/// <see cref="Send{TRequest}"/> does not. The request record is the message's payload.
/// </summary>
public static class OutboxCalls
{
    /// <summary>The bookmark name of an activity waiting for a service reply (its key is the message id).</summary>
    public const string ReplyBookmarkName = "Velferd.Outbox.Reply";

    /// <summary>
    /// Stores the call with the burst and suspends the activity until the worker resumes it with the reply;
    /// <paramref name="bookmarkPayload"/> is kept on the wait (what an activity making several calls has learnt so far).
    /// </summary>
    public static ActivityResult Call<TRequest>(ActivityContext context, TRequest request, JsonNode? bookmarkPayload = null)
        where TRequest : IOutboxOperation
    {
        var stored = Request(context, request, waitsForReply: true);
        return ActivityResult.Suspend(new BookmarkRequest(ReplyBookmarkName, stored.Id, bookmarkPayload));
    }

    /// <summary>Stores a fire-and-continue call with the burst (an archive entry); the activity does not wait.</summary>
    /// <returns>The message id, a reference for the execution log.</returns>
    public static string Send<TRequest>(ActivityContext context, TRequest request)
        where TRequest : IOutboxOperation =>
        Request(context, request, waitsForReply: false).Id;

    /// <summary>The payload a request is stored as.</summary>
    public static JsonNode? Payload<TRequest>(TRequest request) => JsonSerializer.SerializeToNode(request, WorkflowJson.Options);

    private static OutboxRequest Request<TRequest>(ActivityContext context, TRequest request, bool waitsForReply)
        where TRequest : IOutboxOperation
    {
        var id = Ids.New(context.Now);
        var stored = new OutboxRequest
        {
            Id = id,
            WorkflowInstanceId = context.WorkflowInstanceId,
            ActivityId = context.ActivityId,
            Service = TRequest.Service,
            Operation = TRequest.Operation,
            Payload = Payload(request),
            IdempotencyKey = $"velferd-{id}",
            WaitsForReply = waitsForReply,
            IsTest = context.TestRunBy is not null,
            CreatedAt = context.Now,
        };
        context.AddEffect(stored);
        return stored;
    }
}
