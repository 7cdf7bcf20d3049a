namespace Velferd.Workflows.Core.Time;

/// <summary>
/// The real time behind the host's clock, for what must not follow a move of the Development clock because another
/// party keeps the time: the lifetimes of our bearer tokens and cookies, Maskinporten grants and tokens, a service's
/// <c>Retry-After</c> date. Resolved as <c>[FromKeyedServices(WallClock.Key)] TimeProvider</c>; wherever the clock is
/// not controllable (and with a test's fake clock) it is the host's <see cref="TimeProvider"/> itself.
/// </summary>
public static class WallClock
{
    /// <summary>The service key of the wall clock.</summary>
    public const string Key = "wall-clock";
}
