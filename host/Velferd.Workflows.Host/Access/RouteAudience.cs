namespace Velferd.Workflows.Host.Access;

/// <summary>Who may reach a route at all, before any decision about the data it touches.</summary>
public enum RouteAudience
{
    /// <summary>Anyone, signed in or not (sign-in, health, the designer's and studio's files).</summary>
    Anyone,

    /// <summary>Any signed-in user.</summary>
    SignedIn,

    /// <summary>Signed-in users with one of the rule's roles; others get 403.</summary>
    Roles,
}
