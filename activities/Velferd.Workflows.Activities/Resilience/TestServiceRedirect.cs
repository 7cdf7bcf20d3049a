using System.Net;
using Velferd.Workflows.Activities.Outbox;

namespace Velferd.Workflows.Activities.Resilience;

/// <summary>
/// The innermost handler of every service client: while a test run's call is sent (<see cref="TestServiceCalls"/>),
/// it moves the request from the service's base URL to the simulator's for that service. Without a simulator to send to,
/// the call fails for good (an incident), so a test run can never reach the real service.
/// </summary>
internal sealed class TestServiceRedirect(string service, Uri serviceBase, ITestServiceEndpoint? simulator) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!TestServiceCalls.IsActive)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        if (simulator is null || request.RequestUri is null)
        {
            throw new RemoteServiceException(service, HttpStatusCode.ServiceUnavailable, null, isTransient: false);
        }

        // The clients build every request under their base URL; what follows it is the same at the simulator.
        var address = request.RequestUri.AbsoluteUri;
        var rest = address.StartsWith(serviceBase.AbsoluteUri, StringComparison.Ordinal)
            ? address[serviceBase.AbsoluteUri.Length..]
            : request.RequestUri.PathAndQuery.TrimStart('/');
        request.RequestUri = new Uri(await simulator.BaseUrlForAsync(service, cancellationToken), rest);
        return await base.SendAsync(request, cancellationToken);
    }
}
