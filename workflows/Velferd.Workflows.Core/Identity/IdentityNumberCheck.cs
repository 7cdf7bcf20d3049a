namespace Velferd.Workflows.Core.Identity;

/// <summary>
/// The result of checking an identity number: its <see cref="Kind"/> (and whether it is a synthetic test number) when
/// valid, otherwise the <see cref="Problem"/>.
/// </summary>
public sealed record IdentityNumberCheck(IdentityNumberKind? Kind, bool IsSynthetic, IdentityNumberProblem? Problem)
{
    /// <summary>True when the number is valid.</summary>
    public bool IsValid => Problem is null;

    /// <summary>A valid number of <paramref name="kind"/>.</summary>
    public static IdentityNumberCheck Valid(IdentityNumberKind kind, bool isSynthetic) => new(kind, isSynthetic, null);

    /// <summary>An invalid value, and why.</summary>
    public static IdentityNumberCheck Invalid(IdentityNumberProblem problem) => new(null, false, problem);
}
