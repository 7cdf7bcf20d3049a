using Velferd.Workflows.Core.HumanTasks;

namespace Velferd.Workflows.Host.HumanTasks;

/// <summary>A task with its history.</summary>
public sealed record HumanTaskDetails(HumanTaskView Task, IReadOnlyList<HumanTaskHistoryEntry> History);
