namespace Velferd.Workflows.Welfare.Consents;

/// <summary>The Norwegian codes of <see cref="ConsentStatus"/>, spelled as DOMAIN.md writes them.</summary>
public static class ConsentStatusCodes
{
    /// <summary>The code of <paramref name="status"/>.</summary>
    public static string Of(ConsentStatus status) => status switch
    {
        ConsentStatus.Missing => "MANGLER",
        ConsentStatus.Partial => "DELVIS",
        ConsentStatus.Valid => "GYLDIG",
        ConsentStatus.Expired => "UTLØPT",
        ConsentStatus.Withdrawn => "TRUKKET",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The status a code names, or null for an empty or unknown code.</summary>
    public static ConsentStatus? Parse(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        "MANGLER" => ConsentStatus.Missing,
        "DELVIS" => ConsentStatus.Partial,
        "GYLDIG" => ConsentStatus.Valid,
        "UTLØPT" => ConsentStatus.Expired,
        "TRUKKET" => ConsentStatus.Withdrawn,
        _ => null,
    };

    /// <summary>How much <paramref name="status"/> allows: 2 named discussion and sharing, 1 only anonymous discussion, 0 nothing .</summary>
    public static int Covers(ConsentStatus status) => status switch
    {
        ConsentStatus.Valid => 2,
        ConsentStatus.Partial => 1,
        _ => 0,
    };
}
