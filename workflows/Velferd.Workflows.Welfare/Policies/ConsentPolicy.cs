namespace Velferd.Workflows.Welfare.Policies;

/// <summary>How many holders of parental responsibility must sign (R-28) [cfg].</summary>
public static class ConsentPolicy
{
    /// <summary>Both registered holders must sign; one of two gives <c>DELVIS</c> (the default).</summary>
    public const string Both = "begge";

    /// <summary>One holder's signature is enough.</summary>
    public const string One = "en";

    /// <summary>Both values.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Both, One };
}
