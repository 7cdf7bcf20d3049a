using Serilog.Core;
using Serilog.Events;

namespace Velferd.Workflows.Testing.Host;

/// <summary>A log sink that keeps every event rendered with its properties and exception, for tests that scan the log.</summary>
public sealed class CollectingLogSink : ILogEventSink
{
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];

    /// <summary>The events so far.</summary>
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

    /// <inheritdoc />
    public void Emit(LogEvent logEvent)
    {
        var line = $"{logEvent.RenderMessage()} {string.Join(' ', logEvent.Properties.Select(p => $"{p.Key}={p.Value}"))} {logEvent.Exception}";
        lock (_gate)
        {
            _lines.Add(line);
        }
    }
}
