using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.SignIn;

/// <summary>The Norwegian names of the roles, as the sign-in picker and the header show them.</summary>
public static class RoleNames
{
    /// <summary>The bokmål name of <paramref name="role"/>, or the claim value itself if it is not one of ours.</summary>
    public static string Norwegian(string role) => role switch
    {
        StudioRoles.ProcessOwner => Texts.RoleProcessOwner,
        StudioRoles.Caseworker => Texts.RoleCaseworker,
        StudioRoles.Supervisor => Texts.RoleSupervisor,
        StudioRoles.Coordinator => Texts.RoleCoordinator,
        StudioRoles.Admin => Texts.RoleAdmin,
        _ => role,
    };
}
