namespace Velferd.Workflows.Studio.HostApi;

/// <summary>An instance as <c>/api/instances</c> lists it: only the fields the studio counts and shows.</summary>
public sealed record InstanceAnswer(string Id, string DefinitionId, int DefinitionVersion, string? CorrelationId, string Status, string SubStatus, DateTimeOffset CreatedAt);
