using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Velferd.Workflows.BrowserTests.Hosting;

/// <summary>
/// One browser context per test: collects console errors and page errors (a test asserts there are none), fails
/// any test whose pages broke the Content-Security-Policy, and keeps a screenshot under <c>artifacts/browser-tests/</c>
/// when the test fails.
/// </summary>
public abstract class BrowserTest(DesignerHost host) : IAsyncLifetime
{
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _policyViolations = [];
    private IBrowserContext? _context;

    /// <summary>The shared host and browser.</summary>
    protected DesignerHost Host => host;

    /// <summary>The window size of this test's browser.</summary>
    protected virtual ViewportSize Viewport => new() { Width = 1920, Height = 1080 };

    /// <summary>This test's page.</summary>
    protected IPage Page { get; private set; } = null!;

    /// <summary>The test's cancellation token.</summary>
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        _context = await host.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(),
            ViewportSize = Viewport,
        });
        // Actions and waits get the same minute as the assertions (DesignerHost): on two busy cores a Studio dialog or
        // its request can take longer than Playwright's 30 s default, and a timeout there says nothing about the product.
        _context.SetDefaultTimeout(60_000);
        Page = await _context.NewPageAsync();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (_policyViolations)
                {
                    _policyViolations.Add($"{message.Text} ({message.Location})");
                }
            }

            if (message.Type == "error")
            {
                lock (_consoleErrors)
                {
                    _consoleErrors.Add($"{message.Text} ({message.Location})");
                }
            }
        };
        Page.PageError += (_, error) =>
        {
            lock (_consoleErrors)
            {
                _consoleErrors.Add($"page error: {error}");
            }
        };
    }

    /// <summary>Opens a designer page, signing in through the cookie login form it redirects to.</summary>
    protected async Task OpenSignedInAsync(string path, string userName)
    {
        await Page.GotoAsync(path);
        await Page.Locator("input[name=userName]").FillAsync(userName);
        await Page.Locator("input[name=password]").FillAsync("demo");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Uri(host.BaseAddress, path).ToString());
    }

    /// <summary>Opens the definition editor and waits until the flowchart shows its start activity.</summary>
    protected async Task OpenEditorAsync(string definitionId, string userName)
    {
        await OpenSignedInAsync($"/designer/definitions/{definitionId}", userName);
        await Expect(Node("start")).ToBeVisibleAsync();
    }

    /// <summary>Creates a pathway with the list page's «Create workflow» and answers its id once its editor is open.</summary>
    protected async Task<string> CreatePathwayFromListAsync(string name)
    {
        // The list's button is drawn before the Studio has wired it up; a click that came too early opens nothing, and
        // a dialog opened while the list was still loading can close again by itself (seen now and then, taking the
        // filled name with it): then the button is pressed again.
        var nameField = Page.Locator(".mud-dialog input").First;
        for (var attempt = 1; ; attempt++)
        {
            await Page.GetByRole(AriaRole.Button, new() { Name = "Create workflow" }).ClickAsync();
            try
            {
                await Expect(nameField).ToBeVisibleAsync(new() { Timeout = 10_000 });
                await FillUntilHeldAsync(nameField, name, 10_000);
                break;
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException && attempt < 5)
            {
            }
        }

        await Page.Locator(".mud-dialog button", new() { HasText = "OK" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/designer/definitions/[0-9a-f]{32}$"));
        return Page.Url[(Page.Url.LastIndexOf('/') + 1)..];
    }

    /// <summary>
    /// Presses a Studio dialog's <paramref name="button"/> and answers the response it sends. A MudBlazor dialog draws its
    /// buttons before their handlers are wired, so on busy cores a click can land on a button that does nothing: while
    /// the dialog is still open and nothing was sent, the click is repeated (the dialog closes once a click is taken).
    /// </summary>
    protected async Task<IResponse> ClickUntilSentAsync(ILocator button, Func<IResponse, bool> sent)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await Page.RunAndWaitForResponseAsync(() => button.ClickAsync(), sent, new() { Timeout = 10_000 });
            }
            catch (TimeoutException) when (attempt < 5)
            {
                if (!await button.IsVisibleAsync())
                {
                    throw;
                }
            }
        }
    }

    /// <summary>Presses «Start» in the «Prøvekjør» dialog and answers the new instance's id once its viewer is open.</summary>
    protected async Task<string> StartRunAsync(ILocator dialog)
    {
        var run = await Page.RunAndWaitForResponseAsync(
            () => dialog.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains("/execute", StringComparison.Ordinal));
        var instanceId = await run.HeaderValueAsync("x-elsa-workflow-instance-id");
        Assert.False(string.IsNullOrEmpty(instanceId));

        // The Studio routes to the new instance; the page turns that into our instance viewer page.
        await Expect(Page).ToHaveURLAsync(new Uri(host.BaseAddress, $"/designer/instances/{instanceId}").ToString());
        return instanceId;
    }

    /// <summary>
    /// Where an element is once it has stopped moving: the same box in two rendered frames in a row (a diagram being fitted
    /// or laid out moves its steps for a while, and a drag planned from an earlier box misses).
    /// </summary>
    protected async Task<LocatorBoundingBoxResult> SettledBoxAsync(ILocator element)
    {
        var box = await element.BoundingBoxAsync();
        for (var frame = 0; frame < 600; frame++)
        {
            await Page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
            var next = await element.BoundingBoxAsync();
            if (box is not null && next is not null && (box.X, box.Y, box.Width, box.Height) == (next.X, next.Y, next.Width, next.Height))
            {
                return next;
            }

            box = next;
        }

        throw new TimeoutException("The element kept moving for 600 frames.");
    }

    /// <summary>
    /// Fills a field and checks, two rendered frames later, that it still holds the value; a component that sets its own
    /// value when it finishes loading can overwrite what was typed first, so the field is filled again until it holds.
    /// </summary>
    protected async Task FillUntilHeldAsync(ILocator field, string value, float? timeout = null)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await field.FillAsync(value, new() { Timeout = timeout });
            await Page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
            if (await field.InputValueAsync() == value)
            {
                return;
            }
        }

        await Expect(field).ToHaveValueAsync(value);
    }

    /// <summary>An activity on the canvas by its id.</summary>
    protected ILocator Node(string activityId) => Page.Locator($"g.x6-node[data-cell-id=\"{activityId}\"]");

    /// <summary>All activities on the canvas.</summary>
    protected ILocator Nodes => Page.Locator("g.x6-node");

    /// <summary>All connections on the canvas.</summary>
    protected ILocator Edges => Page.Locator("g.x6-edge");

    /// <summary>A button of the editor's toolbar by position (0–2 zoom and layout, 3 save, 4 a hidden one, 5 publish, last run).</summary>
    protected ILocator ToolbarButtons => Page.Locator("[role=toolbar] button");

    /// <summary>Keeps a screenshot of the page as <c>artifacts/browser-tests/designer-{name}.png</c> in the test output.</summary>
    protected async Task SaveScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var file = Path.Combine(ScreenshotDirectory, $"designer-{name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
        TestContext.Current.AddAttachment($"screenshot {name}", file);
    }

    /// <summary>Fails with the collected messages if the browser logged an error.</summary>
    protected void AssertNoConsoleErrors() => AssertNoConsoleErrors(expected: null);

    /// <summary>Fails with the collected messages if the browser logged an error other than one the test expects.</summary>
    /// <param name="expected">An error the test caused on purpose (messages that start with it are left out), or none.</param>
    protected void AssertNoConsoleErrors(string? expected)
    {
        lock (_consoleErrors)
        {
            var errors = _consoleErrors.Where(e => expected is null || !e.StartsWith(expected, StringComparison.Ordinal)).ToList();
            Assert.True(errors.Count == 0, "Browser console errors:\n" + string.Join("\n", errors));
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_context is null)
        {
            return;
        }

        if (TestContext.Current.TestState?.Result is TestResult.Failed)
        {
            var directory = ScreenshotDirectory;
            Directory.CreateDirectory(directory);
            var name = TestContext.Current.Test?.TestDisplayName ?? "test";
            var file = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, file + ".png"), FullPage = true });
            TestContext.Current.AddAttachment("screenshot", Path.Combine(directory, file + ".png"));
        }

        await _context.CloseAsync();
        GC.SuppressFinalize(this);
        lock (_policyViolations)
        {
            Assert.True(_policyViolations.Count == 0, "Content-Security-Policy violations:\n" + string.Join("\n", _policyViolations));
        }
    }

    /// <summary>Where the browser tests write screenshots: <c>artifacts/browser-tests/</c> at the repository root.</summary>
    protected static string ScreenshotDirectory => Path.Combine(RepositoryRoot(), "artifacts", "browser-tests");

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Velferd.Workflows.sln")))
            {
                return directory.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
