namespace Velferd.Workflows.Studio.HostApi;

/// <summary>The host's answer to a migration or its dry run (<c>POST /api/definitions/{id}/migrations[/dry-run]</c>).</summary>
/// <param name="FromVersion">The source version.</param>
/// <param name="ToVersion">The target version.</param>
/// <param name="Migratable">Instances that can move, or moved.</param>
/// <param name="Refused">Instances left as they were.</param>
/// <param name="Instances">Each instance.</param>
/// <param name="UnmappedActivities">Steps instances wait at that the target lacks.</param>
public sealed record MigrationReportAnswer(
    int FromVersion, int ToVersion, int Migratable, int Refused, List<InstanceMigrationAnswer> Instances, List<UnmappedActivityAnswer> UnmappedActivities);

/// <summary>One instance of a migration answer.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="CorrelationId">Its case.</param>
/// <param name="Result"><c>WouldMigrate</c>, <c>Migrated</c>, <c>Refused</c> or <c>Changed</c>.</param>
/// <param name="Moves">Where it waits and which step takes over.</param>
/// <param name="Problems">Why it cannot move.</param>
public sealed record InstanceMigrationAnswer(string InstanceId, string? CorrelationId, string Result, List<ActivityMoveAnswer> Moves, List<string> Problems);

/// <summary>A wait and the step that takes it over.</summary>
/// <param name="FromActivityId">The step in the source version.</param>
/// <param name="FromName">Its name.</param>
/// <param name="ToActivityId">The step in the target version, if any.</param>
/// <param name="ToName">Its name.</param>
public sealed record ActivityMoveAnswer(string FromActivityId, string? FromName, string? ToActivityId, string? ToName);

/// <summary>A step instances wait at that the target version lacks.</summary>
/// <param name="ActivityId">The step.</param>
/// <param name="Name">Its name.</param>
/// <param name="TypeName">Its activity type.</param>
/// <param name="InstanceCount">How many instances wait there.</param>
/// <param name="Candidates">Steps of the same type in the target version.</param>
public sealed record UnmappedActivityAnswer(string ActivityId, string Name, string TypeName, int InstanceCount, List<ActivityChoiceAnswer> Candidates);

/// <summary>A step a process owner can choose.</summary>
/// <param name="ActivityId">Its id.</param>
/// <param name="Name">Its name.</param>
public sealed record ActivityChoiceAnswer(string ActivityId, string Name);
