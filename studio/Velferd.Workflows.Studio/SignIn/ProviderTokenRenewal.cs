using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Studio.Hosting;

namespace Velferd.Workflows.Studio.SignIn;

/// <summary>
/// OpenID Connect: trades the refresh token the sign-in kept for a new access token at the provider's token endpoint
/// (from its discovery document), with the studio's client id and secret (<c>client_secret_post</c>). A rotated refresh
/// token replaces the old one; a provider that answers without one keeps the old. A refusal (<c>invalid_grant</c>: the
/// refresh token expired or was revoked) ends the session.
/// </summary>
public sealed class ProviderTokenRenewal(HttpClient http, IOptionsMonitor<OpenIdConnectOptions> provider, IOptions<StudioOptions> options, TokenClock clock)
    : ITokenRenewal
{
    /// <inheritdoc />
    public async Task<SessionTokens?> RenewAsync(StudioUser user, SessionTokens current, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(current.RefreshToken) || provider.Get(StudioAuthentication.OpenIdScheme).ConfigurationManager is not { } metadata)
        {
            return null;
        }

        var endpoint = (await metadata.GetConfigurationAsync(cancellationToken)).TokenEndpoint;
        var settings = options.Value.OpenIdConnect;
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = current.RefreshToken,
            ["client_id"] = settings.ClientId ?? "",
        };
        if (!string.IsNullOrEmpty(settings.ClientSecret))
        {
            form["client_secret"] = settings.ClientSecret;
        }

        using var content = new FormUrlEncodedContent(form);
        using var response = await http.PostAsync(endpoint, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var answer = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        if (answer?["access_token"]?.GetValue<string>() is not { Length: > 0 } accessToken)
        {
            return null;
        }

        var expiresAt = answer["expires_in"] is JsonValue seconds ? clock.Now.AddSeconds(Seconds(seconds)) : SessionTokens.ExpiryOf(accessToken);
        return new SessionTokens(accessToken, expiresAt, answer["refresh_token"]?.GetValue<string>() ?? current.RefreshToken);
    }

    // A number, or (some providers) a number in a string.
    private static double Seconds(JsonValue value) => value.GetValueKind() == System.Text.Json.JsonValueKind.Number
        ? value.GetValue<double>()
        : double.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture);
}
