namespace Velferd.Workflows.Host.Auth;

/// <summary>Token signing and the demo users of a development setup.</summary>
public sealed class AuthOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Auth";

    /// <summary>
    /// The HMAC key (at least 32 characters) for bearer tokens. Set it (environment variable <c>Auth__SigningKey</c>)
    /// when several nodes must accept each other's tokens; otherwise each start makes a random one.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>How long an issued token lives.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Demo users (Development only; production signs in through OpenID Connect).</summary>
    public List<DemoUser> DemoUsers { get; set; } = [];
}
