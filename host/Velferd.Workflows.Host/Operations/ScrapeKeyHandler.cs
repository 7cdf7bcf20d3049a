using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Diagnostics;

namespace Velferd.Workflows.Host.Operations;

/// <summary>
/// Signs in a metrics scraper (Prometheus) that sends the configured <see cref="MetricsOptions.ScrapeKey"/> as a bearer
/// token: a scraper cannot renew a user's short-lived token, and the key opens <c>/metrics</c> and nothing else.
/// </summary>
public sealed class ScrapeKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<MetricsOptions> metrics)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "ScrapeKey";

    /// <summary>The only role a scraper has.</summary>
    public const string Role = "MetricsScraper";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = metrics.Value.ScrapeKey;
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(key) || !header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header["Bearer ".Length..]), Encoding.UTF8.GetBytes(key)))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity([new Claim("sub", "metrics-scraper"), new Claim("role", Role)], SchemeName, "sub", "role");
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
