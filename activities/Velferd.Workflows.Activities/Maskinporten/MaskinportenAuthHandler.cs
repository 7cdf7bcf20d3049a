using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Activities.Resilience;

namespace Velferd.Workflows.Activities.Maskinporten;

/// <summary>
/// Puts a Maskinporten token for the service's scopes (<c>Services:{name}:Scopes</c>) on each attempt of a call.
/// It sits inside the resilience pipeline, so a retry after a token lapsed gets a fresh one; a 401 drops the cached
/// token so the next attempt asks again.
/// </summary>
public sealed class MaskinportenAuthHandler(
    string service,
    IOptionsMonitor<ServiceEndpointOptions> endpoints,
    IOptions<MaskinportenOptions> options,
    MaskinportenTokenClient tokens,
    ITestServiceEndpoint? testEndpoint = null) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var scope = endpoints.Get(service).Scopes;
        // A test run's call goes to the simulator (TestServiceRedirect): no real token is fetched for it or sent there.
        if (!options.Value.Enabled || string.IsNullOrWhiteSpace(scope) || (TestServiceCalls.IsActive && testEndpoint?.WantsTokens != true))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(scope, cancellationToken));
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            tokens.Invalidate(scope);
        }

        return response;
    }
}
