using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>
/// The burst effect of a user task: store this task with the burst. The commit participant links it to the bookmark
/// named <see cref="HumanTaskBookmark.Name"/> whose key is the task id.
/// </summary>
/// <param name="Task">The new task (open, or claimed by its assignee).</param>
public sealed record HumanTaskCreated(HumanTask Task) : IBurstEffect;
