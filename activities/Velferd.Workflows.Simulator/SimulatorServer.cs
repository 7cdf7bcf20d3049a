using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Velferd.Workflows.Simulator;

/// <summary>The simulator on its own Kestrel server on a free loopback port (tests, and <c>dotnet run</c>).</summary>
public sealed class SimulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SimulatorServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The root URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>The simulator's state (faults, effects).</summary>
    public SimulatorState State => _app.Services.GetRequiredService<SimulatorState>();

    /// <summary>Starts the simulator on <paramref name="url"/> (default: a free loopback port).</summary>
    public static async Task<SimulatorServer> StartAsync(string url = "http://127.0.0.1:0", CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        builder.Services.AddSimulator();
        var app = builder.Build();
        app.MapSimulator();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SimulatorServer(app, address.TrimEnd('/') + "/");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
