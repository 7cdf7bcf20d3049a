namespace Velferd.Workflows.Welfare.Enquiries;

/// <summary>Who asks (DOMAIN.md P1 step 1).</summary>
public static class EnquiryAskers
{
    /// <summary>A parent or guardian.</summary>
    public const string Parent = "forelder";

    /// <summary>The young person themselves.</summary>
    public const string YoungPerson = "ungdom";

    /// <summary>A professional (employee of a service).</summary>
    public const string Professional = "fagperson";

    /// <summary>Someone who does not give their name; they can be given guidance, never case details.</summary>
    public const string Anonymous = "anonym";

    /// <summary>Every kind of asker.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Parent, YoungPerson, Professional, Anonymous };
}
