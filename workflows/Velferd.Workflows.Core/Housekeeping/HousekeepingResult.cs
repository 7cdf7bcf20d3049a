namespace Velferd.Workflows.Core.Housekeeping;

/// <summary>What one housekeeping run did, for the log.</summary>
/// <param name="Examined">Rows looked at.</param>
/// <param name="Changed">Rows changed (a deadline changed means the next-due trigger may have to move).</param>
/// <param name="Deferred">Rows left for the next run (a service failed or did not know the person).</param>
public sealed record HousekeepingResult(int Examined, int Changed, int Deferred);
