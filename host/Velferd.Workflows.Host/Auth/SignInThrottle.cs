using System.Collections.Concurrent;

namespace Velferd.Workflows.Host.Auth;

/// <summary>
/// Slows password guessing: after <see cref="MaxFailures"/> wrong passwords for one user name within
/// <see cref="Window"/>, sign-in for that name is refused (429) until the window has passed; a successful sign-in
/// clears the count. Kept per node, in memory: a guesser spread over nodes gets a few more tries, no more.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    /// <summary>Wrong passwords allowed within the window.</summary>
    public const int MaxFailures = 5;

    /// <summary>How long failures count.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset Since)> _failures = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long the name is still locked out; null when it may try.</summary>
    public TimeSpan? LockedFor(string userName)
    {
        if (!_failures.TryGetValue(userName, out var entry) || entry.Count < MaxFailures)
        {
            return null;
        }

        var left = entry.Since + Window - clock.GetUtcNow();
        return left > TimeSpan.Zero ? left : null;
    }

    /// <summary>Counts a wrong password.</summary>
    public void Failed(string userName)
    {
        var now = clock.GetUtcNow();
        _failures.AddOrUpdate(userName, (1, now), (_, e) => now - e.Since > Window ? (1, now) : (e.Count + 1, e.Since));
    }

    /// <summary>Clears the count after a successful sign-in.</summary>
    public void Succeeded(string userName) => _failures.TryRemove(userName, out _);
}
