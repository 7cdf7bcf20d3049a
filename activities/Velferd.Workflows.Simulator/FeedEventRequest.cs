namespace Velferd.Workflows.Simulator;

/// <summary>A request to append a feed event.</summary>
/// <param name="Hendelsesidentifikator">The event's id (generated when empty; repeat one to replay it).</param>
/// <param name="Hendelsetype">The event type.</param>
/// <param name="Folkeregisteridentifikator">The person's number.</param>
public sealed record FeedEventRequest(string? Hendelsesidentifikator, string Hendelsetype, string Folkeregisteridentifikator);
