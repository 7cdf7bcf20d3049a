using System.Data.Common;
using System.Net.Sockets;

namespace Velferd.Workflows.Host.Hosting;

/// <summary>
/// Tells a database that cannot be reached (down, restarting, failing over, the network cut) from a fault in our code:
/// the first is answered 503 with <c>Retry-After</c>, so a client tries again (with the same idempotency key, which
/// applies it once) instead of reporting a bug.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>How long a client is asked to wait before trying again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>True when <paramref name="exception"/> or one it wraps says the database is out of reach for now.</summary>
    public static bool Explains(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException { IsTransient: true } or SocketException)
            {
                return true;
            }
        }

        return false;
    }
}
