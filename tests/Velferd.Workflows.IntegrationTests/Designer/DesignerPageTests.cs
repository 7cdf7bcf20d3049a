using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Velferd.Workflows.IntegrationTests.Hosting;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Designer;

/// <summary>
/// The designer's own pages: the sign-in form only accepts a post that carries the token of a form we served, and the
/// pages hosting the Studio elements (instance list included) need the cookie.
/// </summary>
public sealed class DesignerPageTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_WithTheFormsToken_SetsTheCookie_AndOpensTheInstanceList()
    {
        var browser = Browser();
        var form = await browser.GetStringAsync("/designer/login", Ct);

        var signIn = await browser.PostAsync("/designer/login", SignInForm.Fill(form, "kari.prosesseier", "demo"), Ct);
        var list = await browser.GetAsync("/designer/instances", Ct);
        var page = await list.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/designer/definitions", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("\"element\":\"elsa-workflow-instance-list\"", page, StringComparison.Ordinal);
        Assert.Contains("\"idAttribute\":null", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithoutAToken_IsRefused_AndSignsNobodyIn()
    {
        var browser = Browser();
        var form = await browser.GetStringAsync("/designer/login", Ct);
        var withoutToken = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "kari.prosesseier", ["password"] = "demo" });

        var forged = await browser.PostAsync("/designer/login", withoutToken, Ct);
        var afterwards = await browser.GetAsync("/designer/definitions", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Skjemaet er utløpt", WebUtility.HtmlDecode(await forged.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.NotNull(SignInForm.TokenOf(form));
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Contains("/designer/login", afterwards.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_Is401_WithAFreshForm()
    {
        var browser = Browser();
        var form = await browser.GetStringAsync("/designer/login", Ct);

        var wrong = await browser.PostAsync("/designer/login", SignInForm.Fill(form, "kari.prosesseier", "feil"), Ct);
        var page = await wrong.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("Feil brukernavn eller passord.", page, StringComparison.Ordinal);
        Assert.NotNull(SignInForm.TokenOf(page));
    }

    [Fact]
    public async Task DesignerFiles_HostRunFromItsBuildOutput_ServesTheStudioPackage()
    {
        // The test host runs from bin/ after `dotnet build`, which has no ElsaStudio/ beside the assembly (only publish
        // copies it there): the package must be found where the build installed it, or every designer page says
        // «Designeren er ikke installert».
        Assert.False(Directory.Exists(Path.Combine(AppContext.BaseDirectory, "ElsaStudio")));

        var script = await Browser().GetAsync("/designer/_framework/blazor.webassembly.js", Ct);
        var page = await SignedInBrowserAsync("/designer/definitions");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("_framework/blazor.webassembly.js", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Designeren er ikke installert", page, StringComparison.Ordinal);
    }

    private async Task<string> SignedInBrowserAsync(string path)
    {
        var browser = Browser();
        var form = await browser.GetStringAsync("/designer/login", Ct);
        await browser.PostAsync("/designer/login", SignInForm.Fill(form, "kari.prosesseier", "demo"), Ct);
        return await browser.GetStringAsync(path, Ct);
    }

    private HttpClient Browser() =>
        fixture.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
