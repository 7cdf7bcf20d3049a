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

    /// <summary>TIT-koordinator: receives referrals, records consent, plans the team's meetings (also a caseworker).</summary>
    public const string Coordinator = "Coordinator";
}
