namespace Velferd.Workflows.Studio.HostApi;

/// <summary>A pathway version as <c>/api/definitions</c> and <c>/api/definitions/{id}/versions</c> list it.</summary>
public sealed record DefinitionAnswer(
    string DefinitionId,
    string Name,
    int Version,
    bool IsPublished,
    bool IsLatest = true,
    string? Description = null,
    DateTimeOffset CreatedAt = default,
    DateTimeOffset UpdatedAt = default);
