namespace Velferd.Workflows.Host.Auth;

/// <summary>Which identity provider issues the production tokens; it chooses the default claim names.</summary>
public enum IdentityProviderKind
{
    /// <summary>Any OpenID Connect provider with our claim names (<c>sub</c>, <c>name</c>, <c>role</c>, <c>team</c>, <c>service</c>).</summary>
    Generic,

    /// <summary>Digdir's ID-porten: <c>sub</c> is its pairwise pseudonym (never <c>pid</c>, the fødselsnummer).</summary>
    IdPorten,

    /// <summary>Microsoft Entra ID: app roles in <c>roles</c>, the user as <c>preferred_username</c>.</summary>
    EntraId,
}
