using Velferd.Workflows.Core.HumanTasks;

namespace Velferd.Workflows.Persistence.HumanTasks;

/// <summary>One history row of a task (append-only).</summary>
public sealed class HumanTaskHistoryRow
{
    public string Id { get; set; } = "";

    public string TaskId { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public string Actor { get; set; } = "";

    public HumanTaskAction Action { get; set; }

    public string? Detail { get; set; }

    public long Version { get; set; }
}
