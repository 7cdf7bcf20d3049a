using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Velferd.Workflows.Activities.Maskinporten;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Activities.Resilience;

/// <summary>
/// Registers a typed <see cref="HttpClient"/> for a service with its options and one resilience pipeline: a total
/// timeout, retries with exponential back-off and jitter that honour <c>Retry-After</c> (in the service's unit), a
/// circuit breaker, a per-attempt timeout, and a Maskinporten token on each attempt. This pipeline is the only place a call is retried within a burst of
/// work (STYLE.md rule 8); the outbox schedules later attempts of the whole call.
/// </summary>
internal static class ServiceClientRegistration
{
    public static IHttpClientBuilder AddServiceClient<TClient, TImplementation>(this IServiceCollection services, string service)
        where TClient : class
        where TImplementation : class, TClient
    {
        services.AddOptions<ServiceEndpointOptions>(service)
            .BindConfiguration($"{ServiceEndpointOptions.SectionName}:{service}")
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var builder = services.AddHttpClient<TClient, TImplementation>(service, (provider, client) =>
        {
            var options = provider.GetRequiredService<IOptionsMonitor<ServiceEndpointOptions>>().Get(service);
            client.BaseAddress = new Uri(options.BaseUrl.TrimEnd('/') + "/");
            // The pipeline's timeouts rule; HttpClient's own 100 s would cut a patient retry short.
            client.Timeout = Timeout.InfiniteTimeSpan;
        });

        builder.AddResilienceHandler(service, (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptionsMonitor<ServiceEndpointOptions>>().Get(service);
            // A Retry-After date is the service's real time, not the (Development) host's.
            var clock = context.ServiceProvider.GetKeyedService<TimeProvider>(WallClock.Key) ?? context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            pipeline
                .AddTimeout(options.TotalTimeout)
                .AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = false,
                    ShouldHandle = args => ValueTask.FromResult(
                        options.MaxRetries > 0
                        && HttpClientResiliencePredicates.IsTransient(args.Outcome)
                        && !WaitsTooLong(args.Outcome.Result, options, clock)),
                    DelayGenerator = args => ValueTask.FromResult(RetryAfterHeader.Read(args.Outcome.Result, options.RetryAfterUnit, clock)),
                })
                .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = options.CircuitFailureRatio,
                    MinimumThroughput = options.CircuitMinimumThroughput,
                    SamplingDuration = options.CircuitSamplingDuration,
                    BreakDuration = options.CircuitBreakDuration,
                })
                .AddTimeout(options.AttemptTimeout);
        });

        // Inside the pipeline: every attempt carries a token that is valid when it leaves.
        builder.AddHttpMessageHandler(provider => new MaskinportenAuthHandler(
            service,
            provider.GetRequiredService<IOptionsMonitor<ServiceEndpointOptions>>(),
            provider.GetRequiredService<IOptions<MaskinportenOptions>>(),
            provider.GetRequiredService<MaskinportenTokenClient>(),
            provider.GetService<ITestServiceEndpoint>()));

        // Innermost: a test run's call leaves for the simulator, whatever the service's address.
        builder.AddHttpMessageHandler(provider => new TestServiceRedirect(
            service,
            new Uri(provider.GetRequiredService<IOptionsMonitor<ServiceEndpointOptions>>().Get(service).BaseUrl.TrimEnd('/') + "/"),
            provider.GetService<ITestServiceEndpoint>()));
        return builder;
    }

    private static bool WaitsTooLong(HttpResponseMessage? response, ServiceEndpointOptions options, TimeProvider clock) =>
        response is { StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable }
        && RetryAfterHeader.Read(response, options.RetryAfterUnit, clock) is { } wait
        && wait > options.MaxInlineRetryAfter;
}
