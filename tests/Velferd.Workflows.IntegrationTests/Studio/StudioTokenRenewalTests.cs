using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Velferd.Workflows.IntegrationTests.Hosting;
using Velferd.Workflows.Studio.Designer;
using Velferd.Workflows.Studio.Resources;
using Velferd.Workflows.Studio.SignIn;
using Velferd.Workflows.Testing.Databases;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Studio;

/// <summary>
/// The studio's sign-in outliving its host token (Development: the host's demo token, renewed through the studio's
/// cookie session). The host, its tokens and the studio's token clock share one fake clock: when it comes within the
/// renewal margin of the token's expiry, the studio's next request renews it once, the designer's token route answers
/// the new one and the host accepts it after the old one has expired; when renewal is refused, the next page signs the
/// user out to the sign-in page, which says why.
/// </summary>
public sealed class StudioTokenRenewalTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DesignerToken_AboutToExpire_RenewedOnce_AndTheHostTakesTheNewOneAfterTheOldHasExpired()
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = Host(database, clock, demoPassword: "demo");
        var browser = await SignedInAsync(host, "ola.saksbehandler");
        var first = await TokenAsync(browser);

        clock.Advance(first.ExpiresAt!.Value - clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        var renewed = await TokenAsync(browser);
        var again = await TokenAsync(browser);
        var inbox = await browser.GetAsync("/innboks", Ct);
        clock.Advance(TimeSpan.FromMinutes(2));
        var withOld = await MyTasksAsync(host, first.AccessToken);
        var withNew = await MyTasksAsync(host, renewed.AccessToken);

        Assert.NotEqual(first.AccessToken, renewed.AccessToken);
        Assert.True(renewed.ExpiresAt > first.ExpiresAt.Value.AddHours(7), $"{renewed.ExpiresAt} after {first.ExpiresAt}");
        Assert.Equal(renewed, again);
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (withOld, withNew));
    }

    [Fact]
    public async Task StudioPage_RenewalRefused_SignsOutToTheSignInPageThatSaysWhy()
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);

        // Without the demo password the studio cannot ask the host for a new demo token: renewal is refused.
        await using var host = Host(database, clock, demoPassword: "");
        var browser = await SignedInAsync(host, "ola.saksbehandler");
        var first = await TokenAsync(browser);

        clock.Advance(first.ExpiresAt!.Value - clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        var inbox = await browser.GetAsync("/innboks", Ct);
        var signInPage = WebUtility.HtmlDecode(await browser.GetStringAsync(inbox.Headers.Location!.OriginalString, Ct));
        var designerToken = await browser.GetAsync(DesignerEndpoints.TokenPath, Ct);
        var inboxAgain = await browser.GetAsync("/innboks", Ct);

        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
        Assert.Equal("/logg-inn?returnUrl=%2Finnboks&utlopt=1", PathOf(inbox));
        Assert.Contains(Texts.SessionEnded, signInPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, designerToken.StatusCode);
        Assert.Equal("/logg-inn?returnUrl=%2Finnboks", PathOf(inboxAgain));
    }

    private static WorkflowHostFactory Host(TestDatabase database, FakeTimeProvider clock, string demoPassword) =>
        new(database, clock, new Dictionary<string, string> { ["Studio:DemoPassword"] = demoPassword }, services => services.AddSingleton(new TokenClock(clock)));

    private static async Task<DesignerToken> TokenAsync(HttpClient browser)
    {
        var answer = await browser.GetAsync(DesignerEndpoints.TokenPath, Ct);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return (await answer.Content.ReadFromJsonAsync<DesignerToken>(Ct))!;
    }

    private static async Task<HttpStatusCode> MyTasksAsync(WorkflowHostFactory host, string token)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetAsync("/api/tasks/mine", Ct)).StatusCode;
    }

    private static async Task<HttpClient> SignedInAsync(WorkflowHostFactory host, string userName)
    {
        var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await browser.GetStringAsync("/logg-inn", Ct);
        var signIn = await browser.PostAsync("/logg-inn", SignInForm.Fill(form, userName, "demo"), Ct);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }

    private static string? PathOf(HttpResponseMessage response) =>
        response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location?.OriginalString;
}
