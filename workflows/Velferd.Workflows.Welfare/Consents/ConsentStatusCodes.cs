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
}
