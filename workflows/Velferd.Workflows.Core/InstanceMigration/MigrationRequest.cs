namespace Velferd.Workflows.Core.InstanceMigration;

/// <summary>A process owner's request to move running instances of one version of a definition to another.</summary>
/// <param name="DefinitionId">The definition.</param>
/// <param name="FromVersion">The version the instances run.</param>
/// <param name="ToVersion">The published version they move to.</param>
/// <param name="ActivityMap">Source activity id → target activity id, for steps whose id changed.</param>
/// <param name="InstanceIds">Only these instances; null: every running instance of <paramref name="FromVersion"/> the user may see.</param>
public sealed record MigrationRequest(
    string DefinitionId, int FromVersion, int ToVersion, IReadOnlyDictionary<string, string> ActivityMap, IReadOnlyList<string>? InstanceIds);
