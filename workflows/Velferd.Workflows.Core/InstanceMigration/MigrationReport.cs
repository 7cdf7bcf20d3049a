namespace Velferd.Workflows.Core.InstanceMigration;

/// <summary>The answer of a dry run or a migration.</summary>
/// <param name="FromVersion">The source version.</param>
/// <param name="ToVersion">The target version.</param>
/// <param name="Instances">Each instance with what happened (or would happen) to it.</param>
/// <param name="UnmappedActivities">Source activities where instances wait that have no counterpart yet, with the candidates.</param>
public sealed record MigrationReport(
    int FromVersion, int ToVersion, IReadOnlyList<InstanceOutcome> Instances, IReadOnlyList<UnmappedActivity> UnmappedActivities)
{
    /// <summary>How many instances can be (or were) migrated.</summary>
    public int Migratable => Instances.Count(i => i.Result is MigrationResult.WouldMigrate or MigrationResult.Migrated);

    /// <summary>How many were refused or changed underway.</summary>
    public int Refused => Instances.Count - Migratable;
}

/// <summary>One instance in a report.</summary>
/// <param name="Plan">What the migration does to it, or why it cannot.</param>
/// <param name="Result">What happened.</param>
public sealed record InstanceOutcome(InstancePlan Plan, MigrationResult Result);

/// <summary>What happened to an instance.</summary>
public enum MigrationResult
{
    /// <summary>Dry run: it can be migrated.</summary>
    WouldMigrate,

    /// <summary>Migrated.</summary>
    Migrated,

    /// <summary>Left as it was: see the plan's problems.</summary>
    Refused,

    /// <summary>Left as it was: it kept changing while the migration tried (a step ran at the same time); try again.</summary>
    Changed,
}

/// <summary>A source activity that instances wait at and that the target version has no counterpart for.</summary>
/// <param name="ActivityId">The source activity.</param>
/// <param name="Name">Its display name.</param>
/// <param name="TypeName">Its activity type.</param>
/// <param name="InstanceCount">How many of the instances wait there.</param>
/// <param name="Candidates">Activities of the same type in the target version.</param>
public sealed record UnmappedActivity(string ActivityId, string Name, string TypeName, int InstanceCount, IReadOnlyList<ActivityChoice> Candidates);

/// <summary>An activity a process owner can choose.</summary>
/// <param name="ActivityId">Its id.</param>
/// <param name="Name">Its display name.</param>
public sealed record ActivityChoice(string ActivityId, string Name);
