using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Velferd.Workflows.IntegrationTests.Crash;

/// <summary>
/// The host as its own operating-system process (the build output run with <c>dotnet</c>), so a test can kill it with
/// SIGKILL as a crash would: no shutdown code runs, open transactions die with their connections.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(120);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the host listens.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The last lines the process wrote (for a failure message).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.Length > 4000 ? _output.ToString(_output.Length - 4000, 4000) : _output.ToString();
            }
        }
    }

    /// <summary>Starts a host on <paramref name="postgres"/> at a free port and returns when it answers ready.</summary>
    public static async Task<HostProcess> StartAsync(string postgres, string signingKey, CancellationToken cancellationToken)
    {
        var (assembly, contentRoot) = HostBuild();
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = contentRoot,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(contentRoot);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ConnectionStrings__PostgreSql"] = postgres;
        start.Environment["Auth__SigningKey"] = signingKey;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Folkeregister__Hendelser__Enabled"] = "false";
        start.Environment["Workflows__Dispatcher__PollInterval"] = "00:00:00.200";

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var host = new HostProcess(process, address);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilReadyAsync(cancellationToken);
        return host;
    }

    /// <summary>Kills the process with SIGKILL, as a crash or an operator's <c>kill -9</c> would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartPatience)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode} while starting:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync("/health/ready", cancellationToken)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening but busy (migrations, seeding).
            }

            // Another process: its readiness can only be asked for, not awaited.
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }

        throw new TimeoutException($"The host was not ready after {StartPatience}:\n{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            if (_output.Length > 64_000)
            {
                _output.Remove(0, _output.Length - 16_000);
            }
        }
    }

    /// <summary>The host's build output beside this test's (same configuration) and the project folder with its settings.</summary>
    private static (string Assembly, string ContentRoot) HostBuild()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Velferd.Workflows.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"No Velferd.Workflows.sln above {AppContext.BaseDirectory}.");
        }

        var project = Path.Combine(root.FullName, "host", "Velferd.Workflows.Host");
        var assembly = Path.Combine(project, "bin", configuration, framework, "Velferd.Workflows.Host.dll");
        return File.Exists(assembly)
            ? (assembly, project)
            : throw new InvalidOperationException($"The host is not built at {assembly}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
