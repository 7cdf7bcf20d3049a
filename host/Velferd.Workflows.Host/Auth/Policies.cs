namespace Velferd.Workflows.Host.Auth;

/// <summary>Authorization policies by what they allow.</summary>
public static class Policies
{
    /// <summary>Create, change, publish and delete definitions.</summary>
    public const string EditDefinitions = nameof(EditDefinitions);

    /// <summary>Start instances and send signals.</summary>
    public const string RunInstances = nameof(RunInstances);

    /// <summary>Cancel instances.</summary>
    public const string CancelInstances = nameof(CancelInstances);

    /// <summary>See the deadline overview of one's teams and approve extensions.</summary>
    public const string SuperviseDeadlines = nameof(SuperviseDeadlines);
    /// <summary>Use the task inbox: claim, complete, and (supervisors) reassign.</summary>
    public const string WorkTasks = nameof(WorkTasks);

    /// <summary>Register and work on welfare cases and their consents (scoped by team and membership).</summary>
    public const string WorkCases = nameof(WorkCases);

    /// <summary>Read and export the audit log (leaders and administrators).</summary>
    public const string ReadAudit = nameof(ReadAudit);

    /// <summary>Reads the KPIs of DOMAIN.md §7 (aggregates, no personal data): leaders, process owners, administrators.</summary>
    public const string ReadKpis = "ReadKpis";

    /// <summary>Change the municipality's policy values.</summary>
    public const string EditPolicy = nameof(EditPolicy);
}
