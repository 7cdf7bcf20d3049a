using System.Text.Json.Nodes;

namespace Velferd.Workflows.Host.Instances;

/// <summary>Request to start an instance.</summary>
/// <param name="DefinitionId">The pathway.</param>
/// <param name="Version">A version number, or <c>Published</c> (default) / <c>Latest</c>.</param>
/// <param name="CorrelationId">The case id.</param>
/// <param name="Input">Start input.</param>
/// <param name="Team">
/// The team that will own the instance; by default the starter's only team (a user of several teams names one).
/// Only that team's caseworkers and supervisors see the instance.
/// </param>
public sealed record StartInstanceRequest(string? DefinitionId, string? Version, string? CorrelationId, JsonObject? Input, string? Team = null);
