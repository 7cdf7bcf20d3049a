using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Velferd.Workflows.Simulator;

/// <summary>Registers the simulator's state.</summary>
public static class SimulatorServiceCollectionExtensions
{
    /// <summary>Adds what <see cref="SimulatorEndpoints.MapSimulator"/> needs.</summary>
    public static IServiceCollection AddSimulator(this IServiceCollection services)
    {
        services.TryAddSingleton<SimulatorState>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services;
    }
}
