using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Studio.HostApi;

/// <summary>
/// The host's time, which the studio's day counts («N dager igjen», overdue) must agree with. In the host's own
/// process the host's clock is this process's <see cref="TimeProvider"/> (the development clock included). Run apart,
/// the studio has a clock of its own, and a process owner may have moved the host's development clock: the studio then
/// reads <c>GET /api/dev/clock</c> and counts from the host's time. A host without that route (outside Development)
/// runs on the wall clock, so the studio's own clock stands.
/// </summary>
public sealed class HostClock(HostApiClient api, HostAddress address, TimeProvider local)
{
    /// <summary>How long a read of the host's time is used before it is read again; a move shows within this.</summary>
    public static readonly TimeSpan ReadAgainAfter = TimeSpan.FromSeconds(5);

    private TimeSpan? _ahead;
    private bool _hostHasNoDevClock;
    private DateTimeOffset _readAt;

    /// <summary>The host's time now, as <paramref name="user"/> may read it.</summary>
    public async Task<DateTimeOffset> NowAsync(StudioUser user, CancellationToken cancellationToken)
    {
        var now = local.GetUtcNow();
        if (!address.IsApart || _hostHasNoDevClock)
        {
            return now;
        }

        if (_ahead is null || now - _readAt >= ReadAgainAfter)
        {
            var answer = await api.GetAsync<ClockAnswer>(user, "api/dev/clock", cancellationToken);
            if (answer.Value is { } clock)
            {
                // Measured against this process's clock, so a skew between the two machines is covered as well.
                _ahead = clock.Now - now;
                _readAt = now;
            }
            else if (answer.Problem is { Status: 404 })
            {
                _hostHasNoDevClock = true;
                return now;
            }
        }

        return now + (_ahead ?? TimeSpan.Zero);
    }
}
