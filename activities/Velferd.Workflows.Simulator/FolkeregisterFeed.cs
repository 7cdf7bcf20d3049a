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

/// <summary>One feed entry, in the feed's own field names.</summary>
/// <param name="Sekvensnummer">The sequence number.</param>
/// <param name="Hendelsesidentifikator">The event's id.</param>
/// <param name="Hendelsetype">The event type, e.g. <c>Foedsel</c>.</param>
/// <param name="Folkeregisteridentifikator">The person's number.</param>
public sealed record FeedEvent(long Sekvensnummer, string Hendelsesidentifikator, string Hendelsetype, string Folkeregisteridentifikator);

/// <summary>A request to append a feed event.</summary>
/// <param name="Hendelsesidentifikator">The event's id (generated when empty; repeat one to replay it).</param>
/// <param name="Hendelsetype">The event type.</param>
/// <param name="Folkeregisteridentifikator">The person's number.</param>
public sealed record FeedEventRequest(string? Hendelsesidentifikator, string Hendelsetype, string Folkeregisteridentifikator);
