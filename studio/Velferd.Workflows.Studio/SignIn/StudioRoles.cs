namespace Velferd.Workflows.Studio.SignIn;

/// <summary>The host's role claim values (ARCHITECTURE.md §1), as the studio reads them from the user's token.</summary>
public static class StudioRoles
{
    /// <summary>Prosesseier.</summary>
    public const string ProcessOwner = "ProcessOwner";

    /// <summary>Saksbehandler.</summary>
    public const string Caseworker = "Caseworker";

    /// <summary>Leder.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>Koordinator (registers henvendelser and cases like a caseworker, the host's WorkCases policy).</summary>
    public const string Coordinator = "Coordinator";

    /// <summary>Administrator.</summary>
    public const string Admin = "Admin";
}
