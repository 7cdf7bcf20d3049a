using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Velferd.Workflows.IntegrationTests.Hosting;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Studio;

/// <summary>
/// The studio served by the host: one sign-in cookie for studio and designer, a return address that never leaves
/// the site, the demo-user picker, sign-out with an anti-forgery token, and the designer package after a build.
/// </summary>
public sealed class StudioSignInTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task SignIn_ReturnUrlOffTheSite_RedirectsToTheStudioInstead(string returnUrl)
    {
        var browser = Browser();
        var form = await browser.GetStringAsync($"/logg-inn?returnUrl={Uri.EscapeDataString(returnUrl)}", Ct);

        var signIn = await browser.PostAsync("/logg-inn", SignInForm.Fill(form, "ola.saksbehandler", "demo", ("returnUrl", returnUrl)), Ct);

        Assert.Contains("name=\"returnUrl\" value=\"/\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_LocalReturnUrl_GoesBackThere()
    {
        var browser = Browser();
        var form = await browser.GetStringAsync("/logg-inn", Ct);

        var signIn = await browser.PostAsync("/logg-inn", SignInForm.Fill(form, "ola.saksbehandler", "demo", ("returnUrl", "/designer/instances")), Ct);

        Assert.Equal("/designer/instances", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task StudioPage_SignedOut_RedirectsToTheSignInPage()
    {
        var page = await Browser().GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/logg-inn?returnUrl=%2F", PathOf(page));
    }

    [Fact]
    public async Task SignIn_DemoUserPicked_SignsInAsThatUser_ForStudioAndDesigner()
    {
        var browser = Browser();
        var form = await browser.GetStringAsync("/logg-inn", Ct);

        var signIn = await browser.PostAsync("/logg-inn", SignInForm.Fill(form, "", "", ("demoUser", "lise.leder")), Ct);
        var home = await browser.GetAsync("/", Ct);
        var designer = await browser.GetStringAsync("/designer/definitions", Ct);

        Assert.Contains("value=\"lise.leder\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("demo\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/innboks", PathOf(home));
        Assert.Contains("Innlogget som Lise Leder", designer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_ProcessOwner_OpensProsesser()
    {
        var browser = await SignedInAsync("kari.prosesseier");

        var home = await browser.GetAsync("/", Ct);

        Assert.Equal("/prosesser", PathOf(home));
    }

    [Fact]
    public async Task SignOut_WithoutTheFormsToken_IsRefused_AndKeepsTheUserSignedIn()
    {
        var browser = await SignedInAsync("ola.saksbehandler");

        var forged = await browser.PostAsync("/logg-ut", new FormUrlEncodedContent([]), Ct);
        var afterwards = await browser.GetAsync("/designer/definitions", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Fact]
    public async Task SignOut_WithTheFormsToken_SignsOut()
    {
        var browser = await SignedInAsync("ola.saksbehandler");
        var page = await browser.GetStringAsync("/designer/definitions", Ct);
        var (name, value) = SignInForm.TokenOf(page)!.Value;

        var signOut = await browser.PostAsync("/designer/logout", new FormUrlEncodedContent(new Dictionary<string, string> { [name] = value }), Ct);
        var afterwards = await browser.GetAsync("/designer/definitions", Ct);

        Assert.Equal("/designer/login", PathOf(signOut));
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
    }

    [Fact]
    public async Task SignIn_SixthWrongPasswordInARow_IsRefusedInNorwegian_EvenForTheRightPassword()
    {
        var browser = Browser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            var form = await browser.GetStringAsync("/designer/login", Ct);
            statuses.Add((await browser.PostAsync("/designer/login", SignInForm.Fill(form, "nils.nav", $"gjett-{i}"), Ct)).StatusCode);
        }

        var page = await browser.GetStringAsync("/designer/login", Ct);
        var right = await browser.PostAsync("/designer/login", SignInForm.Fill(page, "nils.nav", "demo"), Ct);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Contains("For mange feil passord for denne brukeren. Vent 15 minutter", await right.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.DoesNotContain(right.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("velferd.studio=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task DesignerPackage_AfterABuild_IsServed()
    {
        var script = await Browser().GetAsync("/designer/_framework/blazor.webassembly.js", Ct);

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/designer")]
    [InlineData("/designer/")]
    public async Task DesignerAddress_AsTyped_OpensThePathwayList(string address)
    {
        var answer = await Browser().GetAsync(address, Ct);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/designer/definitions", PathOf(answer));
    }

    /// <summary>Where a redirect goes, as a path (Blazor's redirects are absolute, the endpoints' relative).</summary>
    private static string? PathOf(HttpResponseMessage response) =>
        response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location?.OriginalString;

    private HttpClient Browser() =>
        fixture.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var browser = Browser();
        var form = await browser.GetStringAsync("/logg-inn", Ct);
        var signIn = await browser.PostAsync("/logg-inn", SignInForm.Fill(form, userName, "demo"), Ct);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }
}
