namespace Velferd.Workflows.Core.Runtime;

/// <summary>
/// A test run: an instance that a process owner starts from the designer's «Kjør» to try a pathway. It runs the real
/// definition on the real engine, but nothing it does reaches a real case or person: its tasks go to the process owner
/// who started it (never into a team's inbox), its deadlines stay out of the deadline lists, its service calls go to the
/// simulator, the case activities leave the case as it is, and its correlation id is kept apart from the real case's
/// (<see cref="CorrelationPrefix"/>), so no signal for the real case reaches it and none of its own reaches the case.
/// </summary>
public static class TestRuns
{
    /// <summary>What a test run's correlation id starts with.</summary>
    public const string CorrelationPrefix = "test:";

    /// <summary>
    /// The correlation id an instance stores: <paramref name="correlationId"/> as it is for a real instance, and kept
    /// apart from the real case's with <see cref="CorrelationPrefix"/> for a test run (<paramref name="testRunBy"/> set).
    /// </summary>
    public static string? Correlation(string? correlationId, string? testRunBy) =>
        testRunBy is null || correlationId is null || correlationId.StartsWith(CorrelationPrefix, StringComparison.Ordinal)
            ? correlationId
            : CorrelationPrefix + correlationId;
}
