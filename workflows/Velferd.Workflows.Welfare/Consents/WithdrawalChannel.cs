namespace Velferd.Workflows.Welfare.Consents;

/// <summary>How a withdrawal came in (R-31: any time, orally and recorded by staff, or in writing including ID-porten).</summary>
public static class WithdrawalChannel
{
    /// <summary>Said to a member of staff, who records it.</summary>
    public const string Oral = "muntlig";

    /// <summary>In writing (letter, form).</summary>
    public const string Written = "skriftlig";

    /// <summary>Through ID-porten.</summary>
    public const string IdPorten = "idporten";

    /// <summary>Every channel.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Oral, Written, IdPorten };
}
