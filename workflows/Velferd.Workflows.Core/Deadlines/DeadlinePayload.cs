using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Deadlines;

/// <summary>
/// The payloads that tie a bookmark to its deadline: the bookmark stores the deadline id; the pump's resume carries
/// it back with the step, so an activity tells "the deadline fired" from "the event it waits for arrived".
/// </summary>
public static class DeadlinePayload
{
    /// <summary>The property of a pump resume that names the deadline and step.</summary>
    public const string FiredProperty = "$frist";

    /// <summary>The bookmark payload: the deadline's id.</summary>
    public static JsonObject ForBookmark(string deadlineId) => new() { ["fristId"] = deadlineId };

    /// <summary>The deadline id a bookmark belongs to.</summary>
    public static string? DeadlineIdOf(JsonNode? bookmarkPayload) => bookmarkPayload?["fristId"]?.GetValue<string>();

    /// <summary>What the pump sends when a deadline's due step fires.</summary>
    public static JsonObject Fired(Deadline deadline, DeadlineStep step) => new()
    {
        [FiredProperty] = new JsonObject
        {
            ["id"] = deadline.Id,
            ["navn"] = deadline.Name,
            ["steg"] = step.ToString(),
            ["frist"] = deadline.DueLocal,
        },
    };

    /// <summary>True when a resume payload is the pump firing <paramref name="deadlineId"/>.</summary>
    public static bool IsFiring(JsonNode? resumePayload, string? deadlineId) =>
        deadlineId is not null && resumePayload?[FiredProperty]?["id"]?.GetValue<string>() == deadlineId;
}
