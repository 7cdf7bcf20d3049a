using Velferd.Workflows.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests;

/// <summary>
/// The designer and the studio work under the Content-Security-Policy the host sends (every browser test also fails
/// on a violation; these open each kind of page on purpose).
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class ContentSecurityPolicyTests(DesignerHost host) : BrowserTest(host)
{
    [Fact]
    public async Task DesignerEditor_UnderThePolicy_ShowsTheFlowchart_WithoutViolations()
    {
        var definitionId = await Host.CopyOfSeededPathwayAsync(Ct);

        var page = await Page.RunAndWaitForResponseAsync(
            () => OpenEditorAsync(definitionId, "kari.prosesseier"),
            r => r.Url.EndsWith($"/designer/definitions/{definitionId}", StringComparison.Ordinal) && r.Status == 200);

        Assert.Contains("'wasm-unsafe-eval'", await page.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);
        await Expect(Node("mottak")).ToBeVisibleAsync();
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task InstanceListAndStudio_UnderThePolicy_Work_WithoutViolations()
    {
        await OpenSignedInAsync("/designer/instances", "kari.prosesseier");
        await Expect(Page.Locator("elsa-workflow-instance-list table")).ToBeVisibleAsync();

        await Page.GotoAsync("/innboks");
        await Page.WaitForFunctionAsync("() => document.querySelector('.mud-layout[data-interactive=true]') !== null");

        AssertNoConsoleErrors();
    }
}
