using Velferd.Workflows.Core.InstanceMigration;

namespace Velferd.Workflows.Host.Definitions;

/// <summary>The answer of a migration or its dry run.</summary>
/// <param name="FromVersion">The source version.</param>
/// <param name="ToVersion">The target version.</param>
/// <param name="Migratable">Instances that can move (dry run) or moved.</param>
/// <param name="Refused">Instances left as they were.</param>
/// <param name="Instances">Each instance: where it waits, what takes over, the result and any problems.</param>
/// <param name="UnmappedActivities">Steps where instances wait that the target version lacks, with candidates of the same type.</param>
public sealed record MigrationReportView(
    int FromVersion, int ToVersion, int Migratable, int Refused, IReadOnlyList<InstanceMigrationView> Instances, IReadOnlyList<UnmappedActivity> UnmappedActivities)
{
    /// <summary>The view of <paramref name="report"/>.</summary>
    public static MigrationReportView From(MigrationReport report) => new(
        report.FromVersion,
        report.ToVersion,
        report.Migratable,
        report.Refused,
        [.. report.Instances.Select(i => new InstanceMigrationView(i.Plan.InstanceId, i.Plan.CorrelationId, i.Result, i.Plan.Moves, i.Plan.Problems))],
        report.UnmappedActivities);
}

/// <summary>One instance of a migration report.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="CorrelationId">Its case.</param>
/// <param name="Result">What happened (or would happen) to it.</param>
/// <param name="Moves">Where it waits and which step takes over.</param>
/// <param name="Problems">Why it cannot move.</param>
public sealed record InstanceMigrationView(
    string InstanceId, string? CorrelationId, MigrationResult Result, IReadOnlyList<ActivityMove> Moves, IReadOnlyList<string> Problems);
