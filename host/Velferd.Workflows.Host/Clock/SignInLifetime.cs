namespace Velferd.Workflows.Host.Clock;

/// <summary>The lifetime check of our bearer tokens, on the wall clock (see <see cref="Core.Time.WallClock"/>).</summary>
public static class SignInLifetime
{
    /// <summary>Whether a token's not-before and expiry (required) admit <paramref name="now"/>, with the allowed skew.</summary>
    public static bool Admits(DateTimeOffset now, DateTime? notBefore, DateTime? expires, TimeSpan skew) =>
        (notBefore is null || new DateTimeOffset(DateTime.SpecifyKind(notBefore.Value, DateTimeKind.Utc)) <= now + skew)
        && expires is not null && new DateTimeOffset(DateTime.SpecifyKind(expires.Value, DateTimeKind.Utc)) >= now - skew;
}
