using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace Velferd.Workflows.IntegrationTests.Hosting;

/// <summary>Keeps the host's log messages in order, rendered as the console shows them, and lets a test await one.</summary>
public sealed class StartupLogSink : ILogEventSink
{
    // The host's console template renders strings without quotes ("lj"), as a reader sees them.
    private static readonly MessageTemplateTextFormatter Console = new("{Message:lj}");

    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private readonly List<(Func<string, bool> Matches, TaskCompletionSource<string> Seen)> _waiters = [];

    /// <summary>The messages so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>Completes with the first message that matches, or fails after <paramref name="timeout"/>.</summary>
    public Task<string> WaitForAsync(Func<string, bool> matches, TimeSpan timeout)
    {
        lock (_gate)
        {
            if (_lines.FirstOrDefault(matches) is { } line)
            {
                return Task.FromResult(line);
            }

            var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((matches, seen));
            return seen.Task.WaitAsync(timeout);
        }
    }

    /// <inheritdoc />
    public void Emit(LogEvent logEvent)
    {
        using var text = new StringWriter();
        Console.Format(logEvent, text);
        var line = text.ToString();
        lock (_gate)
        {
            _lines.Add(line);
            foreach (var waiter in _waiters.Where(w => w.Matches(line)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Seen.TrySetResult(line);
            }
        }
    }
}
