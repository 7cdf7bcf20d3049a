namespace Velferd.Workflows.Welfare.Reports;

/// <summary>Who reported: a professional (public), a private person, or someone anonymous.</summary>
public static class ReporterCategories
{
    /// <summary>An employee of a public service (school, kindergarten, police, …).</summary>
    public const string Public = "offentlig";

    /// <summary>A private person (neighbour, family).</summary>
    public const string Private = "privat";

    /// <summary>Unknown to barnevernet; gets no feedback.</summary>
    public const string Anonymous = "anonym";

    /// <summary>Every category.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Public, Private, Anonymous };
}
