using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>A request body over the limit (1 MiB by default) is refused with a 413 problem and stores nothing.</summary>
public sealed class RequestSizeLimitTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_BodyOverTheLimit_Answers413Problem_AndStoresNothing()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var padding = new string('x', 1024 * 1024);
        var body = $$"""{"definitionId":"for-stor","name":"For stor","description":"{{padding}}"}""";

        var response = await owner.PostAsync("/api/definitions/import", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        var stored = await owner.GetAsync("/api/definitions/for-stor", Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(Ct);
        Assert.Contains("høyst 1048576 byte", problem?.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    [Fact]
    public async Task Import_BodyOverTheLimit_IsRefusedBeforeSignIn()
    {
        var anonymous = fixture.Host.CreateClient();

        var response = await anonymous.PostAsync("/api/definitions/import", new ByteArrayContent(new byte[(1024 * 1024) + 1]), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
