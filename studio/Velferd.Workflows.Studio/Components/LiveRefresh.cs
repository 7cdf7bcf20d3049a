namespace Velferd.Workflows.Studio.Components;

/// <summary>
/// Reads a page's data again every 10 s while it is open (issue 14: live updates by polling at most every 10 s), on the
/// component's renderer, so the inbox, the menu's counts, the overview and a case's open tasks show what the engine did
/// after the request that caused it had answered. Stops when the page is left (its token cancelled).
/// </summary>
public static class LiveRefresh
{
    /// <summary>How often a page reads its data again.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Calls <paramref name="reload"/> through <paramref name="onRenderer"/> (the component's <c>InvokeAsync</c>) every
    /// <see cref="Every"/> until <paramref name="stop"/> is cancelled.
    /// </summary>
    public static async Task RunAsync(Func<Func<Task>, Task> onRenderer, Func<Task> reload, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Every);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await onRenderer(reload);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was left, or its circuit ended.
        }
    }
}
