namespace Velferd.Workflows.Simulator;

/// <summary>One feed entry, in the feed's own field names.</summary>
/// <param name="Sekvensnummer">The sequence number.</param>
/// <param name="Hendelsesidentifikator">The event's id.</param>
/// <param name="Hendelsetype">The event type, e.g. <c>Foedsel</c>.</param>
/// <param name="Folkeregisteridentifikator">The person's number.</param>
public sealed record FeedEvent(long Sekvensnummer, string Hendelsesidentifikator, string Hendelsetype, string Folkeregisteridentifikator);
