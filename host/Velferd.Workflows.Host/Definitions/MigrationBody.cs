namespace Velferd.Workflows.Host.Definitions;

/// <summary>A request to move running instances between versions of a definition (dry run or for real).</summary>
/// <param name="FromVersion">The version the instances run.</param>
/// <param name="ToVersion">The published version they move to.</param>
/// <param name="ActivityMap">Source activity id → target activity id, for steps whose id changed or that were replaced.</param>
/// <param name="InstanceIds">Only these instances (at most 1,000); left out: every running instance of the version.</param>
public sealed record MigrationBody(int? FromVersion, int? ToVersion, Dictionary<string, string>? ActivityMap, List<string>? InstanceIds);
