using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Velferd.Workflows.Studio.Hosting;
using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Tests.Studio.SignIn;

/// <summary>
/// The session's bearer token on a fake clock: kept while it lives, renewed once when it is about to expire or the host
/// refused it (however many calls ask at once), and the session ended when renewal is refused.
/// </summary>
public sealed class AccessTokenSessionsTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly TokenRenewals _renewal = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CurrentAsync_TokenFarFromExpiry_AnswersItWithoutRenewing()
    {
        var (sessions, user) = Signed("A", TimeSpan.FromHours(1));
        _clock.Advance(TimeSpan.FromMinutes(57));

        var tokens = await sessions.CurrentAsync(user, null, _renewal, Ct);

        Assert.Equal("A", tokens?.AccessToken);
        Assert.Equal(0, _renewal.Calls);
    }

    [Fact]
    public async Task CurrentAsync_TokenAboutToExpire_RenewedOnceForEveryCallerAtOnce()
    {
        var (sessions, user) = Signed("A", TimeSpan.FromHours(1));
        _clock.Advance(TimeSpan.FromMinutes(59));
        var release = new TaskCompletionSource();
        _renewal.Next = async () =>
        {
            await release.Task;
            return new SessionTokens("B", _clock.GetUtcNow().AddHours(1), "r2");
        };

        var callers = Enumerable.Range(0, 5).Select(_ => sessions.CurrentAsync(user, null, _renewal, Ct)).ToList();
        release.SetResult();
        var answers = await Task.WhenAll(callers);
        var later = await sessions.CurrentAsync(user, null, _renewal, Ct);

        Assert.All(answers, a => Assert.Equal("B", a?.AccessToken));
        Assert.Equal(("B", "r2"), (later?.AccessToken, later?.RefreshToken));
        Assert.Equal(1, _renewal.Calls);
        Assert.Equal("r1", _renewal.RefreshTokensGiven.Single());
    }

    [Fact]
    public async Task CurrentAsync_HostRefusedTheToken_RenewedOnce_AndARefusalOfTheOldTokenAfterwardsChangesNothing()
    {
        var (sessions, user) = Signed("A", TimeSpan.FromHours(1));
        _renewal.Next = () => Task.FromResult<SessionTokens?>(new SessionTokens("B", Start.AddHours(2), "r2"));

        var renewed = await sessions.CurrentAsync(user, "A", _renewal, Ct);
        var lateRefusal = await sessions.CurrentAsync(user, "A", _renewal, Ct);

        Assert.Equal(("B", "B"), (renewed?.AccessToken, lateRefusal?.AccessToken));
        Assert.Equal(1, _renewal.Calls);
    }

    [Fact]
    public async Task CurrentAsync_RenewalRefused_SessionEnds_AndIsNotRenewedAgain()
    {
        var (sessions, user) = Signed("A", TimeSpan.FromHours(1));
        _clock.Advance(TimeSpan.FromMinutes(59));
        _renewal.Next = () => Task.FromResult<SessionTokens?>(null);

        var refused = await sessions.CurrentAsync(user, null, _renewal, Ct);
        var afterwards = await sessions.CurrentAsync(user, null, _renewal, Ct);

        Assert.Null(refused);
        Assert.Null(afterwards);
        Assert.True(sessions.HasEnded(user));
        Assert.Equal(1, _renewal.Calls);
    }

    [Fact]
    public async Task CurrentAsync_SourceUnreachable_KeepsTheTokenAndTriesAgainOnTheNextCall()
    {
        var (sessions, user) = Signed("A", TimeSpan.FromHours(1));
        _clock.Advance(TimeSpan.FromMinutes(59));
        _renewal.Next = () => throw new HttpRequestException("connection refused");

        var meanwhile = await sessions.CurrentAsync(user, null, _renewal, Ct);
        _renewal.Next = () => Task.FromResult<SessionTokens?>(new SessionTokens("B", _clock.GetUtcNow().AddHours(1), "r2"));
        var next = await sessions.CurrentAsync(user, null, _renewal, Ct);

        Assert.Equal(("A", "B"), (meanwhile?.AccessToken, next?.AccessToken));
        Assert.False(sessions.HasEnded(user));
        Assert.Equal(2, _renewal.Calls);
    }

    [Fact]
    public async Task CurrentAsync_TwoSignIns_EachKeepsItsOwnTokens()
    {
        var (sessions, first) = Signed("A", TimeSpan.FromHours(1));
        var second = first.InNewSession(new SessionTokens("C", Start.AddHours(1), "r9"));
        _renewal.Next = () => Task.FromResult<SessionTokens?>(null);

        await sessions.CurrentAsync(first, "A", _renewal, Ct);
        var other = await sessions.CurrentAsync(second, null, _renewal, Ct);

        Assert.True(sessions.HasEnded(first));
        Assert.Equal("C", other?.AccessToken);
    }

    private (AccessTokenSessions Sessions, StudioUser User) Signed(string token, TimeSpan lifetime)
    {
        var sessions = new AccessTokenSessions(new TokenClock(_clock), Options.Create(new StudioOptions()));
        var user = new StudioUser("ola.saksbehandler", "Ola", new HashSet<string> { "Caseworker" }, new HashSet<string> { "tit-sentrum" }, token)
            .InNewSession(new SessionTokens(token, Start + lifetime, "r1"));
        return (sessions, user);
    }
}
