using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Hosting;

/// <summary>
/// The real host on Kestrel at a free loopback port (for clients outside the process, such as curl) on a fresh
/// SQLite database, with information-level logs kept in <see cref="Logs"/>, as a newcomer's <c>dotnet run</c> has it.
/// </summary>
public sealed class KestrelHost : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly Factory _factory;

    private KestrelHost(TestDatabase database)
    {
        _database = database;
        _factory = new Factory(database, Logs);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The host's log lines, in order.</summary>
    public StartupLogSink Logs { get; } = new();

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts the host and returns once Kestrel listens.</summary>
    public static async Task<KestrelHost> StartAsync()
    {
        var host = new KestrelHost(await TestDatabase.CreateAsync(DatabaseKind.Sqlite));
        host._factory.StartServer();
        var address = host._factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.BaseAddress = new Uri(address);
        return host;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    private sealed class Factory(TestDatabase database, ILogEventSink logs) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting($"ConnectionStrings:{database.ConnectionStringName}", database.ConnectionString);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
            builder.UseSetting("Workflows:Dispatcher:PollInterval", "00:00:00.100");
            builder.ConfigureServices(services => services.AddSingleton(logs));
        }
    }
}
