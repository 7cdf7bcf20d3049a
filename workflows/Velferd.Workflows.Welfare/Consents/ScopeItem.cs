namespace Velferd.Workflows.Welfare.Consents;

/// <summary>One service and one information category: the unit a consent covers, is checked by, and is narrowed by.</summary>
/// <param name="Service">The service.</param>
/// <param name="Category">The information category.</param>
public sealed record ScopeItem(string Service, string Category)
{
    /// <inheritdoc />
    public override string ToString() => $"{Service}/{Category}";
}
