using Velferd.Workflows.Activities.Resilience;
using Velferd.Workflows.Simulator;

namespace Velferd.Workflows.Host.RemoteServices;

/// <summary>
/// Where a test run's service calls go (see <c>TestRuns</c>): the Development simulator when it runs; otherwise a
/// simulator of its own on a loopback port, started at the first test call and reachable from nowhere else. It needs
/// no Maskinporten token, and its answers are the simulator's synthetic persons, so a test run in production reaches
/// no national service and no real person.
/// </summary>
public sealed class TestRunSimulator(LocalSimulator? development = null) : ITestServiceEndpoint, IAsyncDisposable
{
    private readonly SemaphoreSlim _starting = new(1, 1);
    private SimulatorServer? _own;

    /// <inheritdoc />
    public bool WantsTokens => development is not null;

    /// <inheritdoc />
    public async Task<Uri> BaseUrlForAsync(string service, CancellationToken cancellationToken)
    {
        var path = SimulatorPaths.Of(service) ?? throw new InvalidOperationException($"The simulator does not stand in for {service}.");
        return new Uri($"{await RootAsync(cancellationToken)}{path}/");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_own is not null)
        {
            await _own.DisposeAsync();
        }

        _starting.Dispose();
    }

    private async Task<string> RootAsync(CancellationToken cancellationToken)
    {
        if (development is not null)
        {
            return development.BaseUrl;
        }

        await _starting.WaitAsync(cancellationToken);
        try
        {
            _own ??= await SimulatorServer.StartAsync(cancellationToken: cancellationToken);
            return _own.BaseUrl;
        }
        finally
        {
            _starting.Release();
        }
    }
}
