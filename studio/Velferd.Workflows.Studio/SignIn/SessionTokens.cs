using Microsoft.IdentityModel.JsonWebTokens;

namespace Velferd.Workflows.Studio.SignIn;

/// <summary>
/// The tokens of one studio sign-in: the bearer token the studio calls the host with, when it expires (null when the
/// token does not say: then it is renewed only when the host refuses it), and the identity provider's refresh token
/// (OpenID Connect only).
/// </summary>
public sealed record SessionTokens(string AccessToken, DateTimeOffset? ExpiresAt, string? RefreshToken)
{
    /// <summary>The expiry a JWT access token carries (<c>exp</c>), or null for a token that is not a readable JWT.</summary>
    public static DateTimeOffset? ExpiryOf(string accessToken)
    {
        try
        {
            var jwt = new JsonWebToken(accessToken);
            return jwt.ValidTo == DateTime.MinValue ? null : new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
