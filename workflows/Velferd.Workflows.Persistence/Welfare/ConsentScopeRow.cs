namespace Velferd.Workflows.Persistence.Welfare;

/// <summary>A <c>welfare_consent_scopes</c> row: one service or one category a consent was given for.</summary>
public sealed class ConsentScopeRow
{
    /// <summary>The <see cref="Kind"/> of a service.</summary>
    public const string ServiceKind = "service";

    /// <summary>The <see cref="Kind"/> of an information category.</summary>
    public const string CategoryKind = "category";

    public required string ConsentId { get; set; }

    public required string Kind { get; set; }

    public required string Code { get; set; }

    /// <summary>Keeps the order the consent listed them in.</summary>
    public int Position { get; set; }
}
