using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.BrowserTests.Hosting;

/// <summary>
/// The real host on Kestrel (a free loopback port, a fresh SQLite file) and one headless Debian Chromium, shared by
/// the browser tests. Chromium is never downloaded: its path comes from <c>VELFERD_CHROMIUM</c> (set by
/// <c>./test.sh</c>) or defaults to <c>/usr/bin/chromium</c>.
/// </summary>
public sealed class DesignerHost : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"velferd-browser-{Guid.NewGuid():N}.db");
    private HostFactory? _factory;
    private IPlaywright? _playwright;

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The shared browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>
    /// The wall clock of the host's bearer tokens and the studio's token sessions (the real time until a test moves it;
    /// a test that moves it resets it when it ends).
    /// </summary>
    public MovableWallClock WallClock { get; } = new();

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _factory!.Services;

    /// <summary>The in-process host, for the wait-for-idle helpers of <c>Velferd.Workflows.Testing.Host</c>.</summary>
    public WebApplicationFactory<Program> Factory => _factory!;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        _factory = new HostFactory($"Data Source={_databaseFile}", WallClock);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);

        var chromium = Environment.GetEnvironmentVariable("VELFERD_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium is not at {chromium}. Run the tests with ./test.sh, which installs Debian's chromium.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
        Assertions.SetDefaultExpectTimeout(60_000);
    }

    /// <summary>An HTTP client signed in with a bearer token for a demo user.</summary>
    public async Task<HttpClient> ClientForAsync(string userName, CancellationToken cancellationToken)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = "demo" }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// Imports a copy of the seeded P2 pathway under a new id, published (version 1), so a test can change it
    /// without touching what other tests read.
    /// </summary>
    public Task<string> CopyOfSeededPathwayAsync(CancellationToken cancellationToken) => CopyOfSeededPathwayAsync(name: null, cancellationToken);

    /// <summary>As <see cref="CopyOfSeededPathwayAsync(CancellationToken)"/>, named <paramref name="name"/> (or «P2 kopi …»).</summary>
    public async Task<string> CopyOfSeededPathwayAsync(string? name, CancellationToken cancellationToken)
    {
        using var owner = await ClientForAsync("kari.prosesseier", cancellationToken);
        var seeded = (await owner.GetFromJsonAsync<JsonObject>("/api/definitions/p2-tidlig-innsatsteam?version=1", cancellationToken))!;
        var definitionId = $"p2-kopi-{Guid.NewGuid():N}";
        seeded["definitionId"] = definitionId;
        seeded["name"] = name ?? $"P2 kopi {definitionId[^6..]}";
        var response = await owner.PostAsJsonAsync("/api/definitions/import?publish=true", seeded, cancellationToken);
        response.EnsureSuccessStatusCode();
        return definitionId;
    }

    /// <summary>Runs a fresh copy of the seeded P2 pathway from the designer's API as the process owner; answers the instance id.</summary>
    public Task<string> RunCopyOfSeededPathwayAsync(CancellationToken cancellationToken) => RunCopyOfSeededPathwayAsync(name: null, cancellationToken);

    /// <summary>As <see cref="RunCopyOfSeededPathwayAsync(CancellationToken)"/>, the copy named <paramref name="name"/>.</summary>
    public async Task<string> RunCopyOfSeededPathwayAsync(string? name, CancellationToken cancellationToken)
    {
        var definitionId = await CopyOfSeededPathwayAsync(name, cancellationToken);
        using var owner = await ClientForAsync("kari.prosesseier", cancellationToken);
        var run = await owner.PostAsJsonAsync($"/elsa/api/workflow-definitions/{definitionId}/execute", new { versionOptions = "Latest" }, cancellationToken);
        return Assert.Single(run.Headers.GetValues("x-elsa-workflow-instance-id"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databaseFile + suffix);
        }
    }

    private sealed class HostFactory(string connectionString, MovableWallClock wallClock) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Sqlite", connectionString);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Workflows:Dispatcher:PollInterval", "00:00:00.100");

            // A SvarUt call that fails once is an incident at once, so the administrators' view has one to show.
            builder.UseSetting("Workflows:Outbox:PollInterval", "00:00:00.100");
            builder.UseSetting("Workflows:Outbox:Services:SvarUt:MaxAttempts", "1");
            builder.UseSetting("Services:SvarUt:MaxRetries", "0");

            // Tokens and the studio's sessions on a wall clock a test can move (the engine keeps its own clock).
            builder.ConfigureTestServices(services =>
            {
                services.AddKeyedSingleton<TimeProvider>(Core.Time.WallClock.Key, wallClock);
                services.AddSingleton(new TokenClock(wallClock));
            });
        }
    }
}

/// <summary>The browser tests share one host and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class DesignerCollection : ICollectionFixture<DesignerHost>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Designer";
}
