namespace Velferd.Workflows.Host.Auth;

/// <summary>The roles of ARCHITECTURE.md §1, as claim values.</summary>
public static class Roles
{
    /// <summary>Prosesseier: draws, versions and publishes pathways.</summary>
    public const string ProcessOwner = "ProcessOwner";

    /// <summary>Saksbehandler: completes tasks.</summary>
    public const string Caseworker = "Caseworker";

    /// <summary>Leder: watches deadlines, reassigns.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>Administrator.</summary>
    public const string Admin = "Admin";
}

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
}
