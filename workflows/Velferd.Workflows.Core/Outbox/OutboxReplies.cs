using System.Text.Json;
using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Outbox;

/// <summary>
/// Replies as they travel from the outbox worker to the waiting activity: a reply record written as the resume
/// payload and read back as the same record. Besides its service's own statuses every waiting activity understands
/// <see cref="GivenUp"/>: the call was given up by an operator after an incident, so it continues on its failure port.
/// </summary>
public static class OutboxReplies
{
    /// <summary>Status of a reply for a call an operator resolved without delivery.</summary>
    public const string GivenUp = "givenUp";

    /// <summary>The reply that resumes an instance whose call was given up.</summary>
    public static JsonNode? GivenUpReply() => Write(new GivenUpStatus());

    /// <summary>The resume payload of <paramref name="reply"/>.</summary>
    public static JsonNode? Write<TReply>(TReply reply)
        where TReply : IOutboxReply =>
        JsonSerializer.SerializeToNode(reply, WorkflowJson.Options);

    /// <summary>
    /// The reply in a resume payload; a given-up reply reads as <typeparamref name="TReply"/> with status
    /// <see cref="GivenUp"/> and nothing else; null when there is no reply object.
    /// </summary>
    public static TReply? Read<TReply>(JsonNode? payload)
        where TReply : class, IOutboxReply =>
        payload is JsonObject ? payload.Deserialize<TReply>(WorkflowJson.Options) : null;

    private sealed record GivenUpStatus : IOutboxReply
    {
        public string Status => GivenUp;
    }
}
