using System.Net;
using System.Net.Http.Json;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>Sign-in (<c>POST /api/auth/token</c>) refuses a user name with 429 after repeated wrong passwords.</summary>
public sealed class SignInThrottleTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IssueToken_SixthWrongPasswordInARow_Answers429EvenForTheRightPassword_OtherUsersStillSignIn()
    {
        var client = fixture.Host.CreateClient();

        var wrong = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            wrong.Add((await client.PostAsJsonAsync("/api/auth/token", new { userName = "nils.nav", password = $"gjett-{i}" }, Ct)).StatusCode);
        }

        var right = await client.PostAsJsonAsync("/api/auth/token", new { userName = "nils.nav", password = "demo" }, Ct);
        var other = await client.PostAsJsonAsync("/api/auth/token", new { userName = "kari.ke", password = "demo" }, Ct);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), HttpStatusCode.TooManyRequests], wrong);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.True(right.Headers.RetryAfter is not null);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task AnyAnswer_CarriesNoSniffAndNoReferrer()
    {
        var response = await fixture.Host.CreateClient().GetAsync("/health/live", Ct);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }
}
