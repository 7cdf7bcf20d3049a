using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Hosting;
using Velferd.Workflows.Studio.Resources;
using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Tests.Studio.SignIn;

/// <summary>
/// The studio's calls to the host from a live page (a Blazor circuit, which cannot renew its cookie): the session's token,
/// renewed before it expires, once more on the host's first 401 (the call then sent again once), and a refused renewal
/// answered as «signed out» with the page told, without calling the host.
/// </summary>
public sealed class HostApiTokenTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly TokenRenewals _renewal = new();
    private readonly List<string?> _sent = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_TokenAboutToExpire_SentWithTheRenewedToken()
    {
        var (api, user, _) = Client(accepted: "B");
        _clock.Advance(TimeSpan.FromMinutes(59));
        _renewal.Next = () => Task.FromResult<SessionTokens?>(new SessionTokens("B", _clock.GetUtcNow().AddHours(1), "r2"));

        var answer = await api.GetAsync<Dictionary<string, string>>(user, "api/tasks/mine", Ct);

        Assert.Null(answer.Problem);
        Assert.Equal(["B"], _sent);
    }

    [Fact]
    public async Task Get_HostRefusesTheToken_RenewedOnceAndSentAgainOnce()
    {
        var (api, user, _) = Client(accepted: "B");
        _renewal.Next = () => Task.FromResult<SessionTokens?>(new SessionTokens("B", Start.AddHours(1), "r2"));

        var first = await api.GetAsync<Dictionary<string, string>>(user, "api/tasks/mine", Ct);
        var second = await api.GetAsync<Dictionary<string, string>>(user, "api/tasks/mine", Ct);

        Assert.Null(first.Problem);
        Assert.Null(second.Problem);
        Assert.Equal(["A", "B", "B"], _sent);
        Assert.Equal(1, _renewal.Calls);
    }

    [Fact]
    public async Task Get_RenewalRefused_AnswersSignedOutWithoutCallingTheHost_AndTellsThePage()
    {
        var (api, user, tokens) = Client(accepted: "B");
        var ended = 0;
        tokens.Ended += () => ended++;
        _clock.Advance(TimeSpan.FromMinutes(59));

        var answer = await api.GetAsync<Dictionary<string, string>>(user, "api/tasks/mine", Ct);

        Assert.Equal((401, Texts.SessionEnded), (answer.Problem?.Status, answer.Problem?.Message));
        Assert.Empty(_sent);
        Assert.Equal(1, ended);
    }

    private (HostApiClient Api, StudioUser User, UserTokens Tokens) Client(string accepted)
    {
        var sessions = new AccessTokenSessions(new TokenClock(_clock), Options.Create(new StudioOptions()));
        var tokens = new UserTokens(sessions, _renewal);
        var http = new HttpClient(new Host(accepted, _sent)) { BaseAddress = new Uri("http://host.test/") };
        var user = new StudioUser("ola.saksbehandler", "Ola", new HashSet<string> { "Caseworker" }, new HashSet<string>(), "A")
            .InNewSession(new SessionTokens("A", Start.AddHours(1), "r1"));
        return (new HostApiClient(http, tokens), user, tokens);
    }

    // The host: 200 for the accepted token, 401 for any other; records the token of every request.
    private sealed class Host(string accepted, List<string?> sent) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var token = request.Headers.Authorization?.Parameter;
            sent.Add(token);
            return Task.FromResult(token == accepted
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"ok\":\"ja\"}", System.Text.Encoding.UTF8, "application/json") }
                : new HttpResponseMessage(HttpStatusCode.Unauthorized));
        }
    }
}
