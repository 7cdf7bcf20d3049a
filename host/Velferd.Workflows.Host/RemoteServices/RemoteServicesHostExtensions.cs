using Microsoft.Extensions.Options;
using Velferd.Workflows.Activities.Maskinporten;
using Velferd.Workflows.Activities.Resilience;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Simulator;

namespace Velferd.Workflows.Host.RemoteServices;

/// <summary>The host's part of the remote services: the activities and outbox, and the simulator in Development.</summary>
public static class RemoteServicesHostExtensions
{
    /// <summary>
    /// Wires the simulator in Development (the service activities, clients and outbox worker themselves come with
    /// <c>AddWelfareActivities</c>). With <c>Simulator:Enabled</c> (Development) the simulator
    /// runs in-process and every client points at it; otherwise <c>Services:{name}:BaseUrl</c> must name the real
    /// service, or the host does not start.
    /// </summary>
    public static WebApplicationBuilder AddRemoteServices(this WebApplicationBuilder builder)
    {
        if (SimulatorEnabled(builder.Configuration, builder.Environment))
        {
            var simulator = new LocalSimulator();
            builder.Services.AddSingleton(simulator);
            builder.Services.AddHostedService(sp => sp.GetRequiredService<LocalSimulator>());
            builder.Services.AddSingleton<IPostConfigureOptions<ServiceEndpointOptions>>(simulator);
            builder.Services.AddSingleton<IPostConfigureOptions<MaskinportenOptions>>(simulator);
            builder.Services.AddSimulator();
        }

        builder.Services.AddSingleton<ITestServiceEndpoint>(sp => new TestRunSimulator(sp.GetService<LocalSimulator>()));
        return builder;
    }

    /// <summary>
    /// Maps the incident API, and the simulator under <c>/simulator</c> when it is enabled: in Development only, and
    /// only for a signed-in process owner or administrator (its control routes inject faults and read every letter sent).
    /// </summary>
    public static WebApplication MapRemoteServices(this WebApplication app)
    {
        app.MapOutboxEndpoints();
        if (SimulatorEnabled(app.Configuration, app.Environment))
        {
            app.MapSimulator("/simulator").RequireAuthorization(p => p.RequireRole(Roles.ProcessOwner, Roles.Admin));
        }

        return app;
    }

    // Outside Development the setting is ignored: a production host must never answer for the national services.
    private static bool SimulatorEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        environment.IsDevelopment() && configuration.GetValue<bool>("Simulator:Enabled");
}
