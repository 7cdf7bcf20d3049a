using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Studio.HostApi;

using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.Testing.Host;

/// <summary>The real host over HTTP (in-process test server) on a fresh database of one kind.</summary>
/// <param name="database">The database.</param>
/// <param name="clock">A clock replacing the system clock (the engine's, the pump's and Quartz's); null keeps real time.</param>
/// <param name="settings">Configuration values over Development's (e.g. <c>Welfare:LookUpNewCasePersons</c>).</param>
/// <param name="services">Registrations over the host's own, e.g. a store that fails on purpose.</param>
public sealed class WorkflowHostFactory(
    TestDatabase database, TimeProvider? clock = null, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (clock is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(clock));
        }

        // The studio calls the host's API over HTTP; inside the in-memory test server that is the server's own handler.
        builder.ConfigureServices(services => services.AddHttpClient<HostApiClient>().ConfigurePrimaryHttpMessageHandler(() => Server.CreateHandler()));
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{database.ConnectionStringName}", database.ConnectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Workflows:Dispatcher:PollInterval", "00:00:00.100");

        // The tests' cases use made-up numbers the simulated Folkeregisteret does not know: a test that wants the lookup
        // of a new case's persons (on in Development) asks for it in its settings.
        builder.UseSetting("Welfare:LookUpNewCasePersons", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>Waits until every stimulus is applied (the engine is idle), or fails after <paramref name="timeout"/>.</summary>
    public Task WaitUntilIdleAsync(TimeSpan timeout) => BackgroundWork.WaitUntilIdleAsync(this, timeout);
}
