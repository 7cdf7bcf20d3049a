using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Studio.Hosting;

namespace Velferd.Workflows.Studio.SignIn;

/// <summary>
/// The current tokens of each studio sign-in, shared by everything that calls the host for it: its page requests
/// (which also write the renewed token into the cookie), its live Blazor circuits (which cannot write a cookie) and its
/// designer page (<c>GET /designer/token</c>). A token within <see cref="StudioOptions.TokenRenewalMargin"/> of its
/// expiry, or one the host has just refused, is renewed once for all of them: concurrent callers wait for the one
/// renewal. A refused renewal ends the session; from then on nothing gets a token and the user is signed out.
/// </summary>
public sealed class AccessTokenSessions(TokenClock clock, IOptions<StudioOptions> options) : IDisposable
{
    private readonly MemoryCache _sessions = new(new MemoryCacheOptions());
    private readonly Lock _gate = new();

    /// <summary>
    /// The tokens to call the host with for <paramref name="user"/>: the current ones, or renewed ones when they are
    /// about to expire or are the ones the host refused (<paramref name="rejectedToken"/>). Null when the session has
    /// ended. A user signed in before sessions existed (no session id) keeps the cookie's token.
    /// </summary>
    public async Task<SessionTokens?> CurrentAsync(StudioUser user, string? rejectedToken, ITokenRenewal renewal, CancellationToken cancellationToken)
    {
        if (user.Session is not { } id)
        {
            return rejectedToken is null ? user.Tokens : null;
        }

        var session = SessionOf(id, user);
        if (!session.NeedsRenewal(rejectedToken, clock.Now, options.Value.TokenRenewalMargin))
        {
            return session.Ended ? null : session.Tokens;
        }

        await session.Renewing.WaitAsync(cancellationToken);
        try
        {
            // Whoever waited for another caller's renewal takes its result.
            if (session.Ended || !session.NeedsRenewal(rejectedToken, clock.Now, options.Value.TokenRenewalMargin))
            {
                return session.Ended ? null : session.Tokens;
            }

            SessionTokens? renewed;
            try
            {
                renewed = await renewal.RenewAsync(user, session.Tokens, cancellationToken);
            }
            catch (HttpRequestException)
            {
                // The token's source is unreachable: not a refusal. The old token goes on (the host says whether it
                // still holds) and the next call tries again.
                return session.Tokens;
            }

            if (renewed is null)
            {
                session.Ended = true;
                return null;
            }

            session.Tokens = renewed;
            return renewed;
        }
        finally
        {
            session.Renewing.Release();
        }
    }

    /// <summary>True when <paramref name="user"/>'s session has ended (its renewal was refused).</summary>
    public bool HasEnded(StudioUser user) => user.Session is { } id && _sessions.TryGetValue(id, out Session? session) && session!.Ended;

    /// <summary>Forgets a session (signed out).</summary>
    public void Forget(StudioUser user)
    {
        if (user.Session is { } id)
        {
            _sessions.Remove(id);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _sessions.Dispose();

    // A session starts from the cookie's tokens (also after a restart of the studio) and is kept while it is used.
    private Session SessionOf(string id, StudioUser user)
    {
        lock (_gate)
        {
            return _sessions.GetOrCreate(id, entry =>
            {
                entry.SlidingExpiration = options.Value.SessionLifetime;
                return new Session(user.Tokens);
            })!;
        }
    }

    private sealed class Session(SessionTokens tokens)
    {
        public SemaphoreSlim Renewing { get; } = new(1, 1);

        public SessionTokens Tokens { get; set; } = tokens;

        public bool Ended { get; set; }

        public bool NeedsRenewal(string? rejectedToken, DateTimeOffset now, TimeSpan margin) =>
            !Ended && (rejectedToken == Tokens.AccessToken || (Tokens.ExpiresAt is { } expiresAt && expiresAt - now <= margin));
    }
}
