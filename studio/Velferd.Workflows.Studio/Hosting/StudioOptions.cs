namespace Velferd.Workflows.Studio.Hosting;

/// <summary>Where the studio finds the host, the designer package, and how users sign in.</summary>
public sealed class StudioOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Studio";

    /// <summary>
    /// The host's base URL, e.g. <c>https://workflows.kommune.no</c>, for the studio's API calls and for the designer's
    /// calls from the browser. Empty when the host serves the studio itself: the studio then calls the address the
    /// server listens on, and the browser calls the address it is on.
    /// </summary>
    public string? HostBaseUrl { get; set; }

    /// <summary>
    /// The unpacked npm package <c>@elsa-workflows/elsa-studio-wasm</c>. Empty: <c>ElsaStudio/</c> beside the studio
    /// assembly (a published app), else where the build installed it.
    /// </summary>
    public string? ElsaStudioPath { get; set; }

    /// <summary>
    /// The demo users' password (Development only): the sign-in page's user picker signs in with it, so a developer
    /// picks a user instead of typing. Empty turns the picker off.
    /// </summary>
    public string? DemoPassword { get; set; }

    /// <summary>
    /// How long a sign-in lasts (the cookie): 8 hours, a working day. The bearer token inside it is renewed while the
    /// session lasts (<see cref="TokenRenewalMargin"/>), so the token's own lifetime (an identity provider's hour) does
    /// not end it; a renewal keeps the session going this long from the renewal on.
    /// </summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long before its expiry the bearer token is renewed (2 minutes: a call in flight still holds).</summary>
    public TimeSpan TokenRenewalMargin { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>OpenID Connect sign-in, used outside Development when <see cref="OpenIdConnectSettings.Authority"/> is set.</summary>
    public OpenIdConnectSettings OpenIdConnect { get; set; } = new();
}
