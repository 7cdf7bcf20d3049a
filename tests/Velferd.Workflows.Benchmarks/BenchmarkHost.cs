using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Host.Auth;

namespace Velferd.Workflows.Benchmarks;

/// <summary>The real host in process on the benchmark database (any host type names its assembly; the benchmark has its own Program).</summary>
/// <param name="connectionString">The database (PostgreSQL unless <paramref name="connectionName"/> says otherwise).</param>
/// <param name="services">Replacements of the host's services (a baseline without a piece), or null.</param>
/// <param name="connectionName">The host's connection string it is given as: <c>PostgreSql</c> or <c>Sqlite</c>.</param>
internal sealed class BenchmarkHost(string connectionString, Action<IServiceCollection>? services = null, string connectionName = "PostgreSql")
    : WebApplicationFactory<TokenIssuer>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }

        builder.UseEnvironment("Development");
        builder.UseContentRoot(HostDirectory());
        builder.UseSetting($"ConnectionStrings:{connectionName}", connectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Warning");

        // The benchmarks' cases use made-up numbers; the Folkeregisteret lookup (on in Development) is not what they measure.
        builder.UseSetting("Welfare:LookUpNewCasePersons", "false");
    }

    private static string HostDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "host", "Velferd.Workflows.Host");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Run the benchmark from the repository: host/Velferd.Workflows.Host was not found.");
    }

    public async Task<HttpClient> ClientForAsync(string userName, CancellationToken cancellationToken)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = "demo" }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
