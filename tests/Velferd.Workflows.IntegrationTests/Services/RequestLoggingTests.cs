using System.Net;
using System.Text;
using Velferd.Workflows.Testing.Databases;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Services;

/// <summary>The request log says what the client got: a refused request is not an error on our side.</summary>
public sealed class RequestLoggingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnreadableJson_AnsweredWith400_IsLoggedAs400WithoutAnErrorOrStackTrace()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new ServiceScenarioHostFactory(database);
        var client = await host.ClientForAsync("ola.saksbehandler");

        var response = await client.PostAsync("/api/instances", new StringContent("{\"definitionId\": ", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var requestLine = Assert.Single(host.Logs.Lines, line => line.StartsWith("HTTP \"POST\" \"/api/instances\"", StringComparison.Ordinal));
        Assert.Contains("responded 400", requestLine, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains("responded 500", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains("   at ", StringComparison.Ordinal));
    }
}
