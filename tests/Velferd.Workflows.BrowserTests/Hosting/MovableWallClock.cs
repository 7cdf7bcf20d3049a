namespace Velferd.Workflows.BrowserTests.Hosting;

/// <summary>
/// The real time plus an offset a test moves: the browser tests' wall clock, on which the host's bearer tokens and
/// the studio's token sessions run, so a test can let a token expire while a page stays open.
/// </summary>
public sealed class MovableWallClock : TimeProvider
{
    private long _offsetTicks;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the clock ahead by <paramref name="by"/>; time runs on from there at the real pace.</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    /// <summary>Back to the real time.</summary>
    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
