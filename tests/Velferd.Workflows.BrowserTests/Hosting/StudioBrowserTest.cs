using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests.Hosting;

/// <summary>
/// Browser tests of the studio at 1366×768: sign-in through the demo-user picker, and on every page a screenshot, an
/// axe-core run with no serious or critical violation, no horizontal scroll, and a label on every input; the keyboard
/// tests also tab through each page (<see cref="CheckKeyboardAsync"/>) and act with keys only (<see cref="TabToAsync"/>).
/// </summary>
public abstract class StudioBrowserTest(DesignerHost host) : BrowserTest(host)
{
    /// <inheritdoc />
    protected override ViewportSize Viewport => new() { Width = 1366, Height = 768 };

    /// <summary>Signs in by picking a demo user on the sign-in page, and waits for the page the role opens.</summary>
    protected async Task SignInAsync(string displayName, string landsOn)
    {
        await Page.GotoAsync("/logg-inn");
        await Page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex($"^{displayName}") }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Uri(Host.BaseAddress, landsOn).ToString());
    }

    /// <summary>Waits until the studio's interactive runtime is connected, so clicks reach the server.</summary>
    protected async Task WaitForStudioAsync() =>
        await Page.WaitForFunctionAsync("() => document.querySelector('.mud-layout[data-interactive=true]') !== null");

    /// <summary>
    /// Saves a screenshot of the whole page named <paramref name="name"/> and checks the page: axe-core finds no
    /// serious or critical violation, nothing scrolls sideways, every input has a label.
    /// </summary>
    protected async Task CheckPageAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var file = Path.Combine(ScreenshotDirectory, $"studio-{name}.png");
        // The whole page, not only the window: a reader of the README sees what lies below the fold too. From the top,
        // or the fixed app bar is drawn where the page was scrolled to.
        await Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        TestContext.Current.AddAttachment($"screenshot {name}", file);

        var axe = await Page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, $"axe-core on {name}:\n" + string.Join("\n", serious));

        var scrollsSideways = await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(scrollsSideways, $"{name} scrolls sideways at 1366×768");

        var unlabelled = await Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                .filter(e => e.offsetParent !== null)
                .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
                .map(e => e.outerHTML)
            """);
        Assert.True(unlabelled.Length == 0, $"inputs without a label on {name}:\n" + string.Join("\n", unlabelled));
    }

    /// <summary>
    /// Tabs through the page from its top and checks what a keyboard user needs: every visible link, button and input
    /// takes the focus, in document order (the reading order: the app bar, the menu, then the page from top to bottom),
    /// and Tab leaves the page after the last one (no focus trap).
    /// </summary>
    protected async Task CheckKeyboardAsync(string name)
    {
        var walk = await KeyboardWalk.WalkAsync(Page);
        Assert.True(walk.Visited.Count > 0, $"Tab reached nothing on {name}");
        Assert.True(walk.Unreached().Count == 0, $"not reachable by Tab on {name}:\n" + string.Join("\n", walk.Unreached()));
        Assert.True(walk.OutOfOrder().Count == 0, $"Tab goes back up the page on {name}:\n" + string.Join("\n", walk.OutOfOrder()));
        Assert.True(walk.LeftThePage, $"the focus is kept on {name} after {walk.Visited.Count} Tab presses");
    }

    /// <summary>Presses Tab until <paramref name="target"/> has the focus, as a keyboard user moves to a control.</summary>
    protected async Task TabToAsync(ILocator target)
    {
        const string HasFocus = "e => e === document.activeElement || e.contains(document.activeElement)";
        await Expect(target).ToBeVisibleAsync();
        for (var presses = 0; presses < 300; presses++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>(HasFocus))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {target}");
    }
}
