using Microsoft.Playwright;

namespace Velferd.Workflows.BrowserTests.Hosting;

/// <summary>
/// Tabs through a page from its top, as a keyboard user does, and tells which of the page's visible interactive
/// elements (links, buttons, inputs, ARIA widgets) took the focus and in which order.
/// </summary>
public static class KeyboardWalk
{
    /// <summary>
    /// Numbers every visible interactive element in document order (<c>data-kb</c>) and puts the focus start before the
    /// first of them, so the next Tab goes to the top of the page. Answers the elements, described.
    /// </summary>
    private const string MarkScript = """
        () => {
          const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex], [contenteditable=true], '
            + '[role=button], [role=link], [role=checkbox], [role=radio], [role=switch], [role=tab], [role=menuitem], [role=combobox], [role=slider]';
          const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[inert], [aria-hidden=true]');
          // A tabindex of -1 takes the focus from a script only (a heading a form moves the focus to), never from Tab.
          const interactive = e => !e.disabled && e.getAttribute('tabindex') !== '-1' && shown(e);
          const describe = e => {
            const label = e.getAttribute('aria-label') || (e.labels && e.labels.length ? e.labels[0].textContent : '')
              || e.getAttribute('title') || e.textContent || e.getAttribute('name') || '';
            return `<${e.tagName.toLowerCase()}${e.type ? ` type=${e.type}` : ''}${e.getAttribute('role') ? ` role=${e.getAttribute('role')}` : ''}> `
              + label.replace(/\s+/g, ' ').trim().slice(0, 60);
          };
          document.querySelectorAll('[data-kb]').forEach(e => e.removeAttribute('data-kb'));
          const all = [...document.querySelectorAll(selector)].filter(interactive);
          all.forEach((e, i) => e.setAttribute('data-kb', String(i)));
          let start = document.getElementById('kb-start');
          if (!start) {
            start = document.createElement('span');
            start.id = 'kb-start';
            start.tabIndex = -1;
            document.body.prepend(start);
          }
          start.focus();
          return all.map(e => ({ describe: describe(e), radioGroup: e.type === 'radio' ? (e.name || '') : '' }));
        }
        """;

    /// <summary>Which numbered element has the focus: null when none (the focus left the page), -1 for an unnumbered one.</summary>
    private const string FocusedScript = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body || e.id === 'kb-start') return null;
          const numbered = e.closest('[data-kb]');
          return numbered ? Number(numbered.getAttribute('data-kb')) : -1;
        }
        """;

    /// <summary>Tabs from the top of <paramref name="page"/> until the focus leaves it or comes round again.</summary>
    public static async Task<KeyboardWalkResult> WalkAsync(IPage page)
    {
        var elements = await page.EvaluateAsync<KeyboardStop[]>(MarkScript);
        var visited = new List<int>();
        var leftThePage = false;
        for (var presses = 0; presses < elements.Length + 20 && !leftThePage; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var at = await page.EvaluateAsync<int?>(FocusedScript);
            // Past the last stop the focus goes to the browser (none on the page) or, in some builds, round to the first.
            leftThePage = at is null || (at >= 0 && visited.Contains(at.Value));
            if (!leftThePage)
            {
                visited.Add(at!.Value);
            }
        }

        return new KeyboardWalkResult(elements, visited, leftThePage);
    }
}

/// <summary>One interactive element of the page (read from the browser, so settable properties).</summary>
public sealed class KeyboardStop
{
    /// <summary>What it is and says, e.g. <c>&lt;button type=submit&gt; Logg inn</c>.</summary>
    public string Describe { get; set; } = "";

    /// <summary>Its radio group's name; empty when not a radio.</summary>
    public string RadioGroup { get; set; } = "";
}

/// <summary>What a walk found: the page's elements, the numbers of those Tab reached in order (-1 for focus on an
/// unnumbered element, such as a scrollable region), and whether Tab left the page at the end.</summary>
public sealed record KeyboardWalkResult(IReadOnlyList<KeyboardStop> Elements, IReadOnlyList<int> Visited, bool LeftThePage)
{
    /// <summary>
    /// The elements Tab never reached. A radio group is one stop (the arrow keys move inside it), so a radio counts as
    /// reached when another of its group was.
    /// </summary>
    public IReadOnlyList<string> Unreached()
    {
        var reachedGroups = Visited.Where(i => i >= 0 && Elements[i].RadioGroup.Length > 0).Select(i => Elements[i].RadioGroup).ToHashSet();
        return [.. Elements.Select((e, i) => (e, i))
            .Where(x => !Visited.Contains(x.i) && !(x.e.RadioGroup.Length > 0 && reachedGroups.Contains(x.e.RadioGroup)))
            .Select(x => $"#{x.i} {x.e.Describe}")];
    }

    /// <summary>The steps where the focus went back up the page instead of on in document order.</summary>
    public IReadOnlyList<string> OutOfOrder()
    {
        var numbered = Visited.Where(i => i >= 0).ToList();
        return [.. numbered.Zip(numbered.Skip(1)).Where(p => p.Second < p.First)
            .Select(p => $"#{p.First} {Elements[p.First].Describe} → #{p.Second} {Elements[p.Second].Describe}")];
    }
}
