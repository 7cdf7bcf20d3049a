using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Velferd.Workflows.Core.Diagnostics;
using Velferd.Workflows.Host.Auth;

namespace Velferd.Workflows.Host.Operations;

/// <summary>OpenTelemetry for operators: the engine's and ASP.NET Core's metrics at <c>/metrics</c>, traces by OTLP.</summary>
public static class TelemetryExtensions
{
    /// <summary>The policy that may read <c>/metrics</c>: an admin, or a scraper with the scrape key.</summary>
    public const string ReadMetrics = nameof(ReadMetrics);

    /// <summary>
    /// Registers the metrics (Prometheus exporter), the workload sampler behind the gauges, and tracing of requests and
    /// stimuli; traces are exported by OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> names a collector.
    /// </summary>
    public static WebApplicationBuilder AddWorkflowTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.SectionName)
            .Validate(o => o.ScrapeKey is null || o.ScrapeKey.Length >= 32, "Metrics:ScrapeKey must be at least 32 characters.")
            .ValidateOnStart();
        services.AddHostedService<WorkloadSampler>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ScrapeKeyHandler>(ScrapeKeyHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(ReadMetrics, p => p
            .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme, ScrapeKeyHandler.SchemeName)
            .RequireRole(Roles.Admin, ScrapeKeyHandler.Role));

        var telemetry = services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddMeter(WorkflowMetrics.Name, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
                .AddPrometheusExporter());
        telemetry.WithTracing(tracing =>
        {
            tracing.AddSource(WorkflowMetrics.Name).AddAspNetCoreInstrumentation();
            if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            {
                tracing.AddOtlpExporter();
            }
        });
        return builder;
    }

    /// <summary>Maps <c>GET /metrics</c> in Prometheus's text format.</summary>
    public static WebApplication MapWorkflowMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics")
            .RequireAuthorization(ReadMetrics)
            .WithSummary("Engine and HTTP figures for Prometheus (an admin, or the scrape key as bearer token)");
        return app;
    }
}
