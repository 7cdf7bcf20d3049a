namespace Velferd.Workflows.Welfare.Enquiries;

/// <summary>How a henvendelse came in (DOMAIN.md P1 trigger): every channel yields the same record.</summary>
public static class EnquiryChannels
{
    /// <summary>A call to Familiehjelpa, the guidance line.</summary>
    public const string GuidanceLine = "familiehjelpa";

    /// <summary>The family contacting the TIT coordinator.</summary>
    public const string Coordinator = "koordinator";

    /// <summary>An employee's undring (wondering, BTI level 0).</summary>
    public const string Wondering = "undring";

    /// <summary>The municipality's web form.</summary>
    public const string WebForm = "webskjema";

    /// <summary>Every channel.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { GuidanceLine, Coordinator, Wondering, WebForm };
}
