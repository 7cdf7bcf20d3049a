namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>One entry of Folkeregisteret's change feed (hendelsesliste).</summary>
/// <param name="Sequence">The feed's sequence number (the consumer's pointer).</param>
/// <param name="EventId">Folkeregisteret's id of the event: the same however often it is read.</param>
/// <param name="EventType">The event type, e.g. <c>Foedsel</c>, <c>Flytting</c>, <c>Doedsfall</c>, <c>Foreldreansvar</c>, <c>Adressebeskyttelse</c>.</param>
/// <param name="IdentityNumber">The person the event is about.</param>
public sealed record FolkeregisterEvent(long Sequence, string EventId, string EventType, string IdentityNumber);
