using System.Collections.Concurrent;

namespace Velferd.Workflows.Simulator;

/// <summary>
/// Changes of parental responsibility made while the simulator runs: a test (or a walk-through) moves it from the test
/// persons' parents to others, and the simulated Folkeregisteret answers <c>relasjon-utvidet</c> with the new holders.
/// </summary>
public sealed class ParentalResponsibilityRegister
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _holders = new(StringComparer.Ordinal);

    /// <summary>Makes <paramref name="holders"/> the holders of parental responsibility for <paramref name="child"/>.</summary>
    public void Set(string child, IReadOnlyList<string> holders) => _holders[child] = [.. holders];

    /// <summary>The holders set for <paramref name="child"/>, or null when it has its test person's parents.</summary>
    public IReadOnlyList<string>? Find(string child) => _holders.TryGetValue(child, out var holders) ? holders : null;

    /// <summary>Forgets every change.</summary>
    public void Reset() => _holders.Clear();
}
