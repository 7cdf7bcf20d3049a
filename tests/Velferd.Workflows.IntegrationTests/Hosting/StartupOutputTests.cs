using Velferd.Workflows.Host.Hosting;

namespace Velferd.Workflows.IntegrationTests.Hosting;

/// <summary>What a newcomer reads while the host starts: progress, then the address to open as the last line.</summary>
public sealed class StartupOutputTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Start_FreshDatabase_PrintsProgressAndTheAddressAsTheLastStartupLine()
    {
        await using var host = await KestrelHost.StartAsync();

        var ready = await host.Logs.WaitForAsync(line => line.StartsWith("Velferd.Workflows is running on", StringComparison.Ordinal), StartTimeout);
        var lines = host.Logs.Lines;

        Assert.Contains($"Open {host.BaseAddress} for the studio", ready, StringComparison.Ordinal);
        Assert.Contains($"API reference: {host.BaseAddress}scalar", ready, StringComparison.Ordinal);
        var readyAt = IndexOf(lines, ready);
        Assert.True(IndexOf(lines, "Migrating the SQLite database (the first start creates it)") < IndexOf(lines, "Seeding the shipped pathways"));
        Assert.True(IndexOf(lines, "Seeding the shipped pathways") < IndexOf(lines, "Database ready; 14 pathway(s) seeded"));
        Assert.True(IndexOf(lines, "20 demo users can sign in (from configuration)") < readyAt);
        // Quartz starts its scheduler after the application has started; its line used to come after the address.
        Assert.True(IndexOf(lines, l => l.StartsWith("Scheduler velferd-workflows", StringComparison.Ordinal) && l.EndsWith(" started.", StringComparison.Ordinal)) < readyAt);
        Assert.True(IndexOf(lines, l => l.StartsWith("Now listening on", StringComparison.Ordinal)) < readyAt);
        Assert.True(IndexOf(lines, l => l.StartsWith("Application started", StringComparison.Ordinal)) < readyAt);
    }

    [Theory]
    [InlineData("http://[::]:5080", "http://localhost:5080/")]
    [InlineData("http://0.0.0.0:5080", "http://localhost:5080/")]
    [InlineData("http://+:5080", "http://localhost:5080/")]
    [InlineData("https://*:443", "https://localhost/")]
    [InlineData("http://127.0.0.1:41441", "http://127.0.0.1:41441/")]
    [InlineData("http://localhost:5080", "http://localhost:5080/")]
    [InlineData(null, "/")]
    public void BrowsableAddress_ListeningAddress_IsWhatAPersonOpens(string? listening, string expected)
    {
        var address = ReadyAnnouncement.BrowsableAddress(listening);

        Assert.Equal(expected, address);
    }

    private static int IndexOf(IReadOnlyList<string> lines, string line) => IndexOf(lines, l => l == line);

    private static int IndexOf(IReadOnlyList<string> lines, Func<string, bool> matches)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (matches(lines[i]))
            {
                return i;
            }
        }

        Assert.Fail($"No such log line; the host wrote:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
        return -1;
    }
}
