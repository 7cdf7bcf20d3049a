using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.Outbox;

/// <summary>
/// How an activity calls a remote service (ARCHITECTURE.md §4 "Side effects"): never inside the burst, but as an
/// outbox message stored with it. <see cref="Call"/> waits for the reply on a bookmark; <see cref="Send"/> does not.
/// </summary>
public static class OutboxCalls
{
    /// <summary>The bookmark name of an activity waiting for a service reply (its key is the message id).</summary>
    public const string ReplyBookmarkName = "Velferd.Outbox.Reply";

    /// <summary>The reply property that says the call was given up by an operator (see <see cref="OutboxReplies"/>).</summary>
    public const string StatusProperty = "status";

    /// <summary>Stores the call with the burst and suspends the activity until the worker resumes it with the reply.</summary>
    public static ActivityResult Call(ActivityContext context, string service, string operation, JsonNode? payload)
    {
        var request = Request(context, service, operation, payload, waitsForReply: true);
        return ActivityResult.Suspend(new BookmarkRequest(ReplyBookmarkName, request.Id));
    }

    /// <summary>Stores a fire-and-continue call with the burst (an archive entry); the activity does not wait.</summary>
    /// <returns>The message id, a reference for the execution log.</returns>
    public static string Send(ActivityContext context, string service, string operation, JsonNode? payload) =>
        Request(context, service, operation, payload, waitsForReply: false).Id;

    private static OutboxRequest Request(ActivityContext context, string service, string operation, JsonNode? payload, bool waitsForReply)
    {
        var id = Ids.New(context.Now);
        var request = new OutboxRequest
        {
            Id = id,
            WorkflowInstanceId = context.WorkflowInstanceId,
            ActivityId = context.ActivityId,
            Service = service,
            Operation = operation,
            Payload = payload?.DeepClone(),
            IdempotencyKey = $"velferd-{id}",
            WaitsForReply = waitsForReply,
            CreatedAt = context.Now,
        };
        context.AddEffect(request);
        return request;
    }
}
