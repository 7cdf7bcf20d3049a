namespace Velferd.Workflows.Benchmarks;

/// <summary>The nearest-rank percentile every benchmark prints.</summary>
internal static class Percentiles
{
    /// <summary>The smallest value with at least <paramref name="percentile"/> % of the values at or below it.</summary>
    public static double Of(IEnumerable<double> values, int percentile)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
