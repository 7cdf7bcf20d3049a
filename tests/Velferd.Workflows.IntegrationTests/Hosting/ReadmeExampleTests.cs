using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Velferd.Workflows.IntegrationTests.Hosting;

/// <summary>
/// The README's curl examples, run with bash against the real host on a free port: a newcomer pastes them as they
/// are, so a route, field or outcome that drifts from them fails here.
/// </summary>
public sealed partial class ReadmeExampleTests
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task CurlExamples_PastedIntoBash_SucceedAgainstAFreshHost()
    {
        var examples = ExampleBlocks(await File.ReadAllTextAsync(ReadmePath(), TestContext.Current.CancellationToken));
        await using var host = await KestrelHost.StartAsync();
        // Any HTTP error fails the script (curl alone prints the error body and carries on); the README's address is
        // the host's default port, here a free one.
        var script = "set -euo pipefail\ncurl() { command curl --fail-with-body --max-time 30 \"$@\"; }\n"
            + string.Join('\n', examples).Replace("localhost:5080", host.BaseAddress.Authority, StringComparison.Ordinal);

        var (exitCode, output) = await RunBashAsync(script);

        Assert.True(examples.Count >= 3, "The README should hold the sign-in, P2 and P1 examples.");
        Assert.True(exitCode == 0, $"The README's examples failed (exit {exitCode}):{Environment.NewLine}{output}");
        Assert.Contains("\"assignedTo\":\"ola.saksbehandler\"", output, StringComparison.Ordinal);
    }

    /// <summary>Every <c>```bash</c> block that talks to the host (names <c>localhost:5080</c>), in order.</summary>
    private static List<string> ExampleBlocks(string readme) =>
        [.. BashBlock().Matches(readme).Select(m => m.Groups["code"].Value).Where(code => code.Contains("localhost:5080", StringComparison.Ordinal))];

    private static string ReadmePath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var readme = Path.Combine(directory.FullName, "README.md");
            if (File.Exists(readme) && File.Exists(Path.Combine(directory.FullName, "Velferd.Workflows.sln")))
            {
                return readme;
            }
        }

        throw new InvalidOperationException($"No README.md beside Velferd.Workflows.sln above {AppContext.BaseDirectory}.");
    }

    private static async Task<(int ExitCode, string Output)> RunBashAsync(string script)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var bash = Process.Start(start)!;
        var stdout = bash.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = bash.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await bash.StandardInput.WriteAsync(script);
        bash.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(ScriptTimeout);
        try
        {
            await bash.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            bash.Kill(entireProcessTree: true);
            throw new TimeoutException($"The README's examples did not finish within {ScriptTimeout}:{Environment.NewLine}{await stdout}{await stderr}");
        }

        return (bash.ExitCode, $"{await stdout}{Environment.NewLine}{await stderr}");
    }

    [GeneratedRegex(@"^```bash\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex BashBlock();
}
