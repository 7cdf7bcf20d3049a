using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.TimerTriggers;

/// <summary>
/// Knows the timer activities that can start a pathway: finds them in a blueprint and computes their instants. The
/// activities' project provides it; without one, no pathway starts on a timer.
/// </summary>
public interface ITimerTriggerPlanner
{
    /// <summary>
    /// The timer triggers of <paramref name="blueprint"/>; a trigger whose schedule cannot be read adds a field error
    /// naming the activity to <paramref name="errors"/> instead.
    /// </summary>
    IReadOnlyList<TimerTriggerPlan> Plan(WorkflowBlueprint blueprint, FieldErrors errors);

    /// <summary>
    /// When <paramref name="schedule"/> fires next after <paramref name="now"/>: <paramref name="last"/> is the instant
    /// it last fired for (null before the first), which keeps an interval's rhythm. Null when it fires no more.
    /// </summary>
    DateTimeOffset? Next(string schedule, DateTimeOffset? last, DateTimeOffset now);
}

/// <summary>One timer trigger of a blueprint.</summary>
/// <param name="ActivityId">The trigger activity.</param>
/// <param name="Schedule">Its schedule, as <see cref="ITimerTriggerPlanner.Next"/> reads it.</param>
public sealed record TimerTriggerPlan(string ActivityId, string Schedule);
