using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Activities.Maskinporten;
using Velferd.Workflows.Activities.Resilience;
using Velferd.Workflows.Simulator;

namespace Velferd.Workflows.Host.RemoteServices;

/// <summary>
/// Development: the service simulator on its own loopback port inside this process, and every service client's base
/// URL pointed at it, Maskinporten included (a key made per process, tokens required), so <c>dotnet run</c> works with no outside service. The port is chosen when the host is built,
/// so the URLs are known before options are validated; the server starts with the host.
/// </summary>
public sealed class LocalSimulator : IHostedService, IPostConfigureOptions<ServiceEndpointOptions>, IPostConfigureOptions<MaskinportenOptions>, IAsyncDisposable
{
    private const string ClientId = "velferd-utvikling";
    private readonly RSA _key = RSA.Create(2048);
    private SimulatorServer? _server;

    /// <summary>Picks a free loopback port.</summary>
    public LocalSimulator()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        BaseUrl = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/";
        probe.Stop();
    }

    /// <summary>The simulator's root URL.</summary>
    public string BaseUrl { get; }

    /// <summary>The running simulator's state (faults, effect counts).</summary>
    public SimulatorState State => _server?.State ?? throw new InvalidOperationException("The simulator has not started.");

    /// <inheritdoc />
    public void PostConfigure(string? name, ServiceEndpointOptions options)
    {
        if (SimulatorPaths.Of(name) is { } path)
        {
            options.BaseUrl = BaseUrl + path;
            options.Scopes = $"velferd:{path}";
        }
    }

    /// <summary>Maskinporten against the simulator, with a key made for this process (nothing secret to configure).</summary>
    public void PostConfigure(string? name, MaskinportenOptions options)
    {
        options.Enabled = true;
        options.TokenEndpoint = BaseUrl + "maskinporten/token";
        options.Audience = MaskinportenSimulator.Audience;
        options.ClientId = ClientId;
        options.KeyId = "utvikling";
        options.PrivateKeyPem = _key.ExportRSAPrivateKeyPem();
    }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _server = await SimulatorServer.StartAsync(BaseUrl.TrimEnd('/'), cancellationToken);
        _server.State.Maskinporten.RegisterKey(ClientId, _key.ExportSubjectPublicKeyInfoPem());
        _server.State.Maskinporten.RequireTokens = true;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        _key.Dispose();
    }
}
