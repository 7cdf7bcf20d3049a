namespace Velferd.Workflows.Host.Clock;

/// <summary>
/// The host's clock in Development: the wall clock plus an offset that <c>POST /api/dev/clock</c> sets, so a process
/// owner can let three months of a pathway pass in a minute. Every reader of "now" (engine, deadline pump, Quartz, task
/// views) gets the moved time; timers and timestamps are the wall clock's, since a move changes what time it is, not
/// how fast time passes.
/// </summary>
public sealed class ControllableClock(TimeProvider wall) : TimeProvider
{
    private long _offsetTicks;

    /// <summary>The clock this one is offset from (the system clock, or a test's fake).</summary>
    public TimeProvider Wall => wall;

    /// <summary>How far this clock is ahead of (positive) or behind (negative) the wall clock.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => wall.GetUtcNow() + Offset;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => wall.LocalTimeZone;

    /// <inheritdoc />
    public override long TimestampFrequency => wall.TimestampFrequency;

    /// <inheritdoc />
    public override long GetTimestamp() => wall.GetTimestamp();

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        wall.CreateTimer(callback, state, dueTime, period);

    /// <summary>The wall clock behind a host's clock: its <see cref="Wall"/> if it is controllable, otherwise the clock itself.</summary>
    public static TimeProvider WallOf(TimeProvider hostClock) => hostClock is ControllableClock controllable ? controllable.Wall : hostClock;

    /// <summary>Makes it <paramref name="now"/> (later or earlier); time runs on from there at the wall clock's pace.</summary>
    public void SetUtcNow(DateTimeOffset now) => Interlocked.Exchange(ref _offsetTicks, (now - wall.GetUtcNow()).Ticks);
}
