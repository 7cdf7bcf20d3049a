namespace Velferd.Workflows.Host.Clock;

/// <summary>What a move of the clock did.</summary>
/// <param name="From">The host's time before the move.</param>
/// <param name="Now">The host's time after it.</param>
/// <param name="Offset">How far the host's time now is from the wall clock.</param>
/// <param name="FiredSteps">Deadline, timer and milestone steps (reminders, due, escalations) fired by the move.</param>
/// <param name="HousekeepingRuns">The housekeeping task of each run, in order: one per scheduled instant the move passed.</param>
/// <param name="Settled">True when the engine had applied everything the move released before the answer.</param>
public sealed record ClockMove(DateTimeOffset From, DateTimeOffset Now, TimeSpan Offset, int FiredSteps, IReadOnlyList<string> HousekeepingRuns, bool Settled);
