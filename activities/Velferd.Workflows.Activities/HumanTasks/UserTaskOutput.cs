using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.HumanTasks;

/// <summary>Output of <see cref="UserTask"/>: what the caseworker decided.</summary>
public sealed record UserTaskOutput
{
    /// <summary>The task.</summary>
    [Output(DisplayName = "Oppgave-id")]
    public string? TaskId { get; init; }

    /// <summary>The chosen outcome (also the port followed).</summary>
    [Output(DisplayName = "Utfall")]
    public string? Outcome { get; init; }

    /// <summary>The submitted form data, by field key.</summary>
    [Output(DisplayName = "Skjema")]
    public JsonObject? Form { get; init; }

    /// <summary>Who completed it.</summary>
    [Output(DisplayName = "Fullført av")]
    public string? CompletedBy { get; init; }

    /// <summary>True when the task's interrupting deadline passed and the task was cancelled.</summary>
    [Output(DisplayName = "Overskredet")]
    public bool Overdue { get; init; }
}
