using Microsoft.Extensions.Options;
using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Hosting;

namespace Velferd.Workflows.Studio.SignIn;

/// <summary>
/// Development: the host's demo token has no refresh token and the host no refresh route, so the studio's cookie session
/// (which proves who signed in) asks <c>POST /api/auth/token</c> again with the demo password (<c>Studio:DemoPassword</c>),
/// through the same HTTP client as every other call to the host. Without that password, or for a user the host no
/// longer has, renewal is refused and the user signs in again.
/// </summary>
public sealed class DemoTokenRenewal(IHttpClientFactory clients, IOptions<StudioOptions> options) : ITokenRenewal
{
    /// <inheritdoc />
    public async Task<SessionTokens?> RenewAsync(StudioUser user, SessionTokens current, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Value.DemoPassword))
        {
            return null;
        }

        var answer = await new HostApiClient(clients.CreateClient(nameof(HostApiClient))).RequestTokenAsync(user.UserName, options.Value.DemoPassword, cancellationToken);
        if (answer.Value is { } token)
        {
            return new SessionTokens(token.AccessToken, token.ExpiresAt, null);
        }

        // The host could not be reached: not a refusal (AccessTokenSessions keeps the old token and tries again).
        return answer.Problem?.Status == 0 ? throw new HttpRequestException(answer.Problem.Message) : null;
    }
}
