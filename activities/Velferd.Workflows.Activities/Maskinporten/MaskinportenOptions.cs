using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Activities.Maskinporten;

/// <summary>
/// Maskinporten (DOMAIN.md §4): the token endpoint, our client and the key the JWT grant is signed with. The key is a
/// secret: set <c>Maskinporten__PrivateKeyPem</c> in the environment, never in <c>appsettings.json</c>.
/// </summary>
public sealed class MaskinportenOptions : IValidatableObject
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Maskinporten";

    /// <summary>False sends service calls without a token (the simulator's default, or services with other auth).</summary>
    public bool Enabled { get; set; }

    /// <summary>The token endpoint, e.g. <c>https://maskinporten.no/token</c>.</summary>
    public string TokenEndpoint { get; set; } = "";

    /// <summary>The grant's audience: Maskinporten's issuer, e.g. <c>https://maskinporten.no/</c>.</summary>
    public string Audience { get; set; } = "";

    /// <summary>Our client id (the grant's issuer).</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The key id registered with Maskinporten (the grant's <c>kid</c>).</summary>
    public string KeyId { get; set; } = "";

    /// <summary>The RSA private key, PEM (PKCS#1 or PKCS#8), that signs the grant.</summary>
    public string PrivateKeyPem { get; set; } = "";

    /// <summary>How long a grant is valid (Maskinporten accepts at most 120 s).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:02:00")]
    public TimeSpan GrantLifetime { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>A token is renewed this long before it expires, so no call leaves with one about to lapse.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromSeconds(60);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (!Uri.TryCreate(TokenEndpoint, UriKind.Absolute, out _))
        {
            yield return new ValidationResult("An absolute token endpoint is required.", [nameof(TokenEndpoint)]);
        }

        foreach (var (value, name) in new[] { (Audience, nameof(Audience)), (ClientId, nameof(ClientId)), (PrivateKeyPem, nameof(PrivateKeyPem)) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return new ValidationResult($"{name} is required when Maskinporten is enabled.", [name]);
            }
        }
    }
}
