using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.Deadlines;

/// <summary>
/// Asks the burst's commit to store a new deadline. Its <see cref="Deadline.BookmarkId"/> is resolved at commit from
/// the bookmark the activity suspended on (matched by activity, name and key), since the activity cannot know it.
/// </summary>
/// <param name="Deadline">The deadline, planned (<see cref="DeadlineSchedule.Plan"/>).</param>
public sealed record DeadlineEffect(Deadline Deadline) : IBurstEffect;

/// <summary>Asks the burst's commit to record how a deadline ended (met in time, or found overdue when resumed).</summary>
/// <param name="DeadlineId">The deadline.</param>
/// <param name="Status"><see cref="DeadlineStatus.Met"/>, <see cref="DeadlineStatus.Overdue"/> or <see cref="DeadlineStatus.Elapsed"/>.</param>
public sealed record DeadlineResolvedEffect(string DeadlineId, DeadlineStatus Status) : IBurstEffect;
