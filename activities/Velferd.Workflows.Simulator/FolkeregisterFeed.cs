namespace Velferd.Workflows.Simulator;

/// <summary>
/// The simulated hendelsesliste: events appended on demand, read by sequence number. Appending an event with an id
/// already in the feed is how a test replays it (Folkeregisteret may deliver an event again).
/// </summary>
public sealed class FolkeregisterFeed
{
    private readonly Lock _gate = new();
    private readonly List<FeedEvent> _events = [];

    /// <summary>Appends an event at the next sequence number (id generated when empty).</summary>
    public FeedEvent Append(string? eventId, string eventType, string identityNumber)
    {
        lock (_gate)
        {
            var e = new FeedEvent(_events.Count + 1, string.IsNullOrEmpty(eventId) ? Guid.NewGuid().ToString() : eventId, eventType, identityNumber);
            _events.Add(e);
            return e;
        }
    }

    /// <summary>Up to <paramref name="max"/> events from <paramref name="fromSequence"/> on.</summary>
    public IReadOnlyList<FeedEvent> Read(long fromSequence, int max = 1000)
    {
        lock (_gate)
        {
            return [.. _events.Where(e => e.Sekvensnummer >= fromSequence).Take(max)];
        }
    }

    /// <summary>Forgets every event.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _events.Clear();
        }
    }
}
