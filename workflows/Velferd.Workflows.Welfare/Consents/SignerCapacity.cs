namespace Velferd.Workflows.Welfare.Consents;

/// <summary>In what capacity a signer consents .</summary>
public static class SignerCapacity
{
    /// <summary>As a parent holding parental responsibility (or, for an unborn child, the pregnant woman).</summary>
    public const string Parent = "forelder";

    /// <summary>For oneself: the child or young person the case is about.</summary>
    public const string Self = "selv";

    /// <summary>As an appointed guardian (verge), in place of those with parental responsibility.</summary>
    public const string Guardian = "verge";

    /// <summary>Every capacity.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Parent, Self, Guardian };
}
