namespace Velferd.Workflows.Benchmarks;

/// <summary>
/// A clock for the deadline benchmark: frozen at a chosen instant while the instances are set up (so every timer gets
/// the due instant the benchmark wants), then running at real speed from a chosen instant (so Quartz, the pump and
/// the dispatcher see time pass as in production, just shifted).
/// </summary>
public sealed class BenchmarkClock : TimeProvider
{
    private State _state;

    public BenchmarkClock(DateTimeOffset frozenAt) => _state = new State(frozenAt, TimeSpan.Zero);

    /// <summary>Stops the clock at <paramref name="at"/>.</summary>
    public void Freeze(DateTimeOffset at) => Volatile.Write(ref _state, new State(at, TimeSpan.Zero));

    /// <summary>Lets the clock run at real speed, reading <paramref name="at"/> now.</summary>
    public void RunFrom(DateTimeOffset at) => Volatile.Write(ref _state, new State(null, at - System.GetUtcNow()));

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        var state = Volatile.Read(ref _state);
        return state.FrozenAt ?? System.GetUtcNow() + state.Offset;
    }

    private sealed record State(DateTimeOffset? FrozenAt, TimeSpan Offset);
}
