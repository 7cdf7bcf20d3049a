using System.Text.Json.Nodes;

namespace Velferd.Workflows.Host.Instances;

/// <summary>A request to send a named event.</summary>
/// <param name="CorrelationId">
/// Only instances of this case; without it the signal reaches only events the definition marks as broadcast. Either
/// way only instances of the sender's teams.
/// </param>
/// <param name="Payload">What the event carries.</param>
public sealed record SignalRequest(string? CorrelationId, JsonNode? Payload);
