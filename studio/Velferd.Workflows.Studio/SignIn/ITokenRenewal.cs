namespace Velferd.Workflows.Studio.SignIn;

/// <summary>Gets a new bearer token for a signed-in user before (or once the host says) the old one has expired.</summary>
public interface ITokenRenewal
{
    /// <summary>
    /// New tokens for <paramref name="user"/>, or null when the token's source refuses (the refresh token is revoked or
    /// expired, the demo user is gone): the user must sign in again. Throws <see cref="HttpRequestException"/> when the
    /// source cannot be reached, which is not a refusal.
    /// </summary>
    Task<SessionTokens?> RenewAsync(StudioUser user, SessionTokens current, CancellationToken cancellationToken);
}
