using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Velferd.Workflows.Testing.Databases;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Services;

/// <summary>
/// The host in Development (its in-process simulator behind the real HTTP clients) with a quick outbox, and every
/// log event it writes kept, rendered, for scanning.
/// </summary>
public sealed class ServiceScenarioHostFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    /// <summary>Every log event, rendered with its properties and exception.</summary>
    public CollectingLogSink Logs { get; } = new();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{database.ConnectionStringName}", database.ConnectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
        builder.UseSetting("Workflows:Dispatcher:PollInterval", "00:00:00.100");
        builder.UseSetting("Workflows:Outbox:PollInterval", "00:00:00.100");
        builder.UseSetting("Workflows:Outbox:Default:BaseDelay", "00:00:00.200");
        builder.UseSetting("Workflows:Outbox:Default:MaxDelay", "00:00:00.500");
        builder.UseSetting("Workflows:Outbox:Services:Arkiv:BaseDelay", "00:00:00.200");
        builder.UseSetting("Workflows:Outbox:Services:Arkiv:MaxDelay", "00:00:00.500");
        builder.UseSetting("Services:Arkiv:MaxRetries", "0");
        builder.UseSetting("FiksIo:PollInterval", "00:00:00.100");
        builder.UseSetting("Folkeregister:Hendelser:PollInterval", "00:00:00.100");
        builder.UseSetting("Services:Folkeregister:RetryAfterUnit", "Milliseconds");
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Logs));
    }
}
