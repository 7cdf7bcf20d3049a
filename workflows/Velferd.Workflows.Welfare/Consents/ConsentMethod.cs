namespace Velferd.Workflows.Welfare.Consents;

/// <summary>How a consent was given. Both are written consent .</summary>
public static class ConsentMethod
{
    /// <summary>Signed in ID-porten at <c>idporten-loa-high</c>.</summary>
    public const string IdPorten = "idporten";

    /// <summary>A signed paper form, scanned.</summary>
    public const string Scanned = "skannet";

    /// <summary>Every method.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { IdPorten, Scanned };
}
