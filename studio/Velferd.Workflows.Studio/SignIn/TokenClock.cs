namespace Velferd.Workflows.Studio.SignIn;

/// <summary>
/// The clock token lifetimes are read on: the wall clock, also when the host serving the studio has a Development clock
/// moved days ahead (tokens are issued and checked on the wall clock). Tests give it a fake clock.
/// </summary>
public sealed class TokenClock(TimeProvider time)
{
    /// <summary>Now.</summary>
    public DateTimeOffset Now => time.GetUtcNow();
}
