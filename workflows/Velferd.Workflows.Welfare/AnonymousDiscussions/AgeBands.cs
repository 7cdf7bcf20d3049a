namespace Velferd.Workflows.Welfare.AnonymousDiscussions;

/// <summary>
/// The age bands an anonymous discussion may name: wide enough that, with the question, they do not point to a
/// child, and covering the target group from pregnancy to 23.
/// </summary>
public static class AgeBands
{
    /// <summary>Every band, youngest first.</summary>
    public static IReadOnlyList<string> Ordered { get; } = ["ufødt", "0-2", "3-5", "6-9", "10-12", "13-15", "16-17", "18-23"];

    /// <summary>Every band.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(Ordered, StringComparer.Ordinal);
}
