using System.Net;
using Microsoft.Playwright;
using Velferd.Workflows.BrowserTests.Hosting;
using Velferd.Workflows.Studio.Resources;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>
/// A designer page left open past its bearer token's lifetime. The host's tokens and the studio's sessions run on the
/// host's movable wall clock, which the test moves ahead; the page runs on Playwright's clock, moved on to the page's
/// next check of the studio (once a minute). The page hands the renewed token to the Elsa Studio element, whose calls
/// carry it once the first token has expired, without a reload; a session that has ended sends the page to the
/// sign-in page.
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class DesignerTokenRenewalTests(DesignerHost host) : DesignerCanvasTest(host)
{
    // The host's token lifetime (8 hours) and the studio's renewal margin (2 minutes).
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(8);

    // The page asks the studio once a minute; the page's clock only has to bring that check on.
    private const long NextCheck = 60_000;

    [Fact]
    public async Task Editor_OpenPastTheTokensLifetime_SavesWithTheRenewedTokenWithoutAReload()
    {
        var first = await OpenEditorOnThePagesClockAsync();
        await Page.EvaluateAsync("() => window.velferdSamePage = true");
        var refused = new List<string>();
        Page.Response += (_, r) =>
        {
            if (r.Status == 401)
            {
                lock (refused)
                {
                    refused.Add(r.Url);
                }
            }
        };

        try
        {
            // A minute before the token expires, within the studio's margin: the page's next check renews it.
            Host.WallClock.Advance(TokenLifetime - TimeSpan.FromMinutes(1));
            var check = await Page.RunAndWaitForResponseAsync(
                () => Page.Clock.FastForwardAsync(NextCheck),
                r => r.Url.EndsWith("/designer/token", StringComparison.Ordinal));
            var renewed = (await check.JsonAsync())!.Value.GetProperty("accessToken").GetString()!;
            await Expect(Page.Locator("#velferd-host[data-token-renewals='1']")).ToBeAttachedAsync();

            // Then the first token expires, and the page goes on working with the renewed one.
            Host.WallClock.Advance(TimeSpan.FromMinutes(2));
            var save = await AutoSavedAsync(() => ToolbarButtons.Nth(3).ClickAsync());

            Assert.Equal(HttpStatusCode.Unauthorized, await HostAnswersAsync(first));
            Assert.NotEqual(first, renewed);
            Assert.Equal(200, save.Status);
            Assert.Equal($"Bearer {renewed}", await save.Request.HeaderValueAsync("authorization"));
            Assert.True(await Page.EvaluateAsync<bool>("() => window.velferdSamePage === true"), "the page was reloaded");
            lock (refused)
            {
                Assert.Empty(refused);
            }

            AssertNoConsoleErrors();
        }
        finally
        {
            Host.WallClock.Reset();
        }
    }

    [Fact]
    public async Task Editor_SessionEnded_GoesToTheSignInPageThatSaysWhy_AndComesBackAfterwards()
    {
        await OpenEditorOnThePagesClockAsync();
        var path = new Uri(Page.Url).AbsolutePath;

        // Signed out in another window: the session has ended, and this page learns it at its next check.
        var signOut = Page.Locator(".velferd-bar form input[type=hidden]");
        var form = Page.APIRequest.CreateFormData();
        form.Set((await signOut.GetAttributeAsync("name"))!, (await signOut.GetAttributeAsync("value"))!);
        var signedOut = await Page.APIRequest.PostAsync("/designer/logout", new() { Form = form, MaxRedirects = 0 });
        Assert.Equal(302, signedOut.Status);
        await Page.Clock.FastForwardAsync(NextCheck);

        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, $"/designer/login?utlopt=1&returnUrl={Uri.EscapeDataString(path)}").ToString());
        await Expect(Page.GetByText(Texts.SessionEnded)).ToBeVisibleAsync();
        await Page.Locator("input[name=userName]").FillAsync("kari.prosesseier");
        await Page.Locator("input[name=password]").FillAsync("demo");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, path).ToString());
        await Expect(Node("start")).ToBeVisibleAsync();
    }

    // Opens a copy of the seeded pathway in the editor as the process owner, the page on Playwright's clock; answers
    // the token the element was mounted with.
    private async Task<string> OpenEditorOnThePagesClockAsync()
    {
        var definitionId = await Host.CopyOfSeededPathwayAsync(Ct);
        await Page.Clock.InstallAsync();
        await OpenEditorAsync(definitionId, "kari.prosesseier");
        return (await Page.Locator("elsa-workflow-definition-editor").GetAttributeAsync("access-token"))!;
    }

    private async Task<HttpStatusCode> HostAnswersAsync(string token)
    {
        using var client = new HttpClient { BaseAddress = Host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return (await client.GetAsync("/elsa/api/workflow-definitions?Page=0&PageSize=1", Ct)).StatusCode;
    }
}
