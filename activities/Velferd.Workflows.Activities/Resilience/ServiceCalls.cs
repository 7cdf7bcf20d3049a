using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Velferd.Workflows.Activities.Outbox;

namespace Velferd.Workflows.Activities.Resilience;

/// <summary>
/// Sends a request through a service's typed client and turns what the pipeline could not fix into a
/// <see cref="RemoteServiceException"/> (status and <c>Retry-After</c>, never the request's personal data).
/// </summary>
public sealed class ServiceCalls(IOptionsMonitor<ServiceEndpointOptions> options, TimeProvider clock)
{
    /// <summary>The header that carries the outbox message's idempotency key.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>JSON as the services write it (camelCase).</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Sends the request; returns the response when it succeeded or has one of <paramref name="expected"/> statuses
    /// (404 for "not found"), and throws <see cref="RemoteServiceException"/> otherwise.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(
        HttpClient http, string service, HttpRequestMessage request, string? idempotencyKey, CancellationToken cancellationToken, params HttpStatusCode[] expected)
    {
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation(IdempotencyKeyHeader, idempotencyKey);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (BrokenCircuitException e)
        {
            throw new RemoteServiceException(service, null, e.RetryAfter, isTransient: true, e);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new RemoteServiceException(service, null, null, isTransient: true, e);
        }

        if (response.IsSuccessStatusCode || expected.Contains(response.StatusCode))
        {
            return response;
        }

        using (response)
        {
            var status = response.StatusCode;
            var transient = status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
            var retryAfter = RetryAfterHeader.Read(response, options.Get(service).RetryAfterUnit, clock);
            throw new RemoteServiceException(service, status, retryAfter, transient);
        }
    }

    /// <summary>Reads a JSON body, or throws <see cref="RemoteServiceException"/> when it is not what was promised.</summary>
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, string service, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                ?? throw new RemoteServiceException(service, response.StatusCode, null, isTransient: false);
        }
        catch (JsonException e)
        {
            throw new RemoteServiceException(service, response.StatusCode, null, isTransient: false, e);
        }
    }
}
