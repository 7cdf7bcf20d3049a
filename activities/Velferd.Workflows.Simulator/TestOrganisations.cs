namespace Velferd.Workflows.Simulator;

/// <summary>Seeded organisations for SvarUt (synthetic numbers with valid check digits).</summary>
public static class TestOrganisations
{
    /// <summary>A school that receives digitally (SvarUt delivers to its archive).</summary>
    public const string DigitalSchool = "910000004";

    /// <summary>A kindergarten that receives only on paper (SvarUt prints).</summary>
    public const string PrintOnlyKindergarten = "910000012";

    /// <summary>The organisations that receive digitally.</summary>
    public static IReadOnlySet<string> Digital { get; } = new HashSet<string>(StringComparer.Ordinal) { DigitalSchool };
}
