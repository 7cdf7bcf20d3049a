namespace Velferd.Workflows.Core.InstanceMigration;

/// <summary>What migrating one instance would do, or why it cannot be migrated.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="CorrelationId">Its case.</param>
/// <param name="Moves">Each place the instance waits, with the activity that takes it over.</param>
/// <param name="Problems">Why it cannot be migrated (in Norwegian, for the process owner); empty when it can.</param>
public sealed record InstancePlan(string InstanceId, string? CorrelationId, IReadOnlyList<ActivityMove> Moves, IReadOnlyList<string> Problems)
{
    /// <summary>True when nothing stands in the way.</summary>
    public bool CanMigrate => Problems.Count == 0;
}

/// <summary>One place an instance waits, moved to the target version.</summary>
/// <param name="FromActivityId">The activity in the source version.</param>
/// <param name="FromName">Its display name there.</param>
/// <param name="ToActivityId">The activity in the target version (null when there is none).</param>
/// <param name="ToName">Its display name there.</param>
public sealed record ActivityMove(string FromActivityId, string? FromName, string? ToActivityId, string? ToName);
