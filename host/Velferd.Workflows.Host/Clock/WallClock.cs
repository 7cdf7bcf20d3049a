namespace Velferd.Workflows.Host.Clock;

/// <summary>
/// The real time behind the host's clock, for what must not follow a move of the Development clock: the lifetimes of
/// bearer tokens and sign-in cookies. Outside Development (and with a test's fake clock) it is the host's clock itself.
/// </summary>
public static class WallClock
{
    /// <summary>The service key of the wall clock (<c>[FromKeyedServices(WallClock.Key)] TimeProvider</c>).</summary>
    public const string Key = "wall-clock";

    /// <summary>The wall clock behind <paramref name="hostClock"/>.</summary>
    public static TimeProvider Of(TimeProvider hostClock) => hostClock is ControllableClock controllable ? controllable.Wall : hostClock;

    /// <summary>Whether a token's not-before and expiry (required) admit <paramref name="now"/>, with the allowed skew.</summary>
    public static bool IsWithinLifetime(DateTimeOffset now, DateTime? notBefore, DateTime? expires, TimeSpan skew) =>
        (notBefore is null || new DateTimeOffset(DateTime.SpecifyKind(notBefore.Value, DateTimeKind.Utc)) <= now + skew)
        && expires is not null && new DateTimeOffset(DateTime.SpecifyKind(expires.Value, DateTimeKind.Utc)) >= now - skew;
}
