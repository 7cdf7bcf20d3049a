using System.Net;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Studio;

/// <summary>
/// The Content-Security-Policy and framing headers: code only from this site, WebAssembly only on the designer's
/// pages, no page framed by another, on the studio's pages and the API's answers alike.
/// </summary>
public sealed class SecurityHeadersTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DesignerPage_AllowsWebAssemblyButNoInlineOrForeignScript_AndNoFraming()
    {
        var policy = await PolicyOfAsync("/designer/login");

        Assert.Contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", policy.Replace("'wasm-unsafe-eval'", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StudioPageAndApiAnswer_AllowScriptsOnlyFromThisSite_AndNoFraming()
    {
        var studio = await PolicyOfAsync("/logg-inn");
        var api = await PolicyOfAsync("/api/definitions");

        Assert.All([studio, api], policy =>
        {
            Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("wasm", policy, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task AnyAnswer_RefusesFraming_AlsoTheOldWay()
    {
        var response = await fixture.Host.CreateClient().GetAsync("/health/live", Ct);

        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    private async Task<string> PolicyOfAsync(string path)
    {
        var response = await fixture.Host.CreateClient().GetAsync(path, Ct);
        Assert.NotEqual(HttpStatusCode.NotFound, response.StatusCode);
        return Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
    }
}
