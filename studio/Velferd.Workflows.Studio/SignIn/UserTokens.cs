namespace Velferd.Workflows.Studio.SignIn;

/// <summary>
/// The bearer token for the studio's calls in one scope (a request, or a Blazor circuit): the session's current token,
/// renewed when it is about to expire or the host refused it. When the session has ended, <see cref="Ended"/> tells the
/// page (the layout sends the browser to the sign-in page with a message).
/// </summary>
public sealed class UserTokens(AccessTokenSessions sessions, ITokenRenewal renewal)
{
    /// <summary>Raised once when a call finds the session ended.</summary>
    public event Action? Ended;

    /// <summary>
    /// The token to call the host with as <paramref name="user"/>; <paramref name="rejectedToken"/> is the one the host
    /// just refused (401), if any. Null when the session has ended.
    /// </summary>
    public async Task<string?> BearerAsync(StudioUser user, string? rejectedToken, CancellationToken cancellationToken)
    {
        var tokens = await sessions.CurrentAsync(user, rejectedToken, renewal, cancellationToken);
        if (tokens is null)
        {
            Ended?.Invoke();
        }

        return tokens?.AccessToken;
    }
}
