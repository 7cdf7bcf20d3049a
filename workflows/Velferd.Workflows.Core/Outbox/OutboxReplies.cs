using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Outbox;

/// <summary>
/// The reply statuses every waiting activity understands, besides its service's own: the call was given up by an
/// operator after an incident, so the activity continues on its failure port.
/// </summary>
public static class OutboxReplies
{
    /// <summary>Status of a reply for a call an operator resolved without delivery.</summary>
    public const string GivenUp = "givenUp";

    /// <summary>The reply that resumes an instance whose call was given up.</summary>
    public static JsonObject GivenUpReply() => new() { [OutboxCalls.StatusProperty] = GivenUp };

    /// <summary>The status of a reply, or null.</summary>
    public static string? StatusOf(JsonNode? reply) =>
        reply is JsonObject o && o[OutboxCalls.StatusProperty] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
