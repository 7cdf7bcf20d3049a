using System.Text.Json.Nodes;
using Velferd.Workflows.Studio.HostApi;

namespace Velferd.Workflows.Tests.Studio;

/// <summary>API answers as the host sends them, for the studio's view-model tests.</summary>
public static class StudioAnswers
{
    /// <summary>A task with the given status, holder, due time and fields.</summary>
    public static TaskAnswer Task(
        string id = "t1", string status = "Open", string? assignedTo = null, DateTimeOffset? dueAt = null, bool isOverdue = false,
        string? team = "tit-sentrum", IReadOnlyList<FormFieldAnswer>? fields = null, JsonObject? form = null) =>
        new(id, $"Oppgave {id}", null, status, "Normal", dueAt, isOverdue, assignedTo, team, "sak-1", "p1-en-dor-inn", "i1",
            fields ?? [], ["Til beslutning"], form, DateTimeOffset.UnixEpoch);

    /// <summary>A form field of a type (the host's enum name).</summary>
    public static FormFieldAnswer Field(string key, string type, bool required = false, IReadOnlyList<string>? options = null) =>
        new(key, $"Felt {key}", type, required, options, null, null, null);
}
