namespace Velferd.Workflows.Welfare.Reports;

/// <summary>Who reported, as given.</summary>
/// <param name="Category">A <see cref="ReporterCategories"/> value.</param>
/// <param name="Role">e.g. <c>skole</c>, <c>barnehage</c>, <c>politi</c>, <c>nabo</c>, <c>familie</c>.</param>
/// <param name="Organisation">The reporter's organisation.</param>
public sealed record ReporterInput(string? Category, string? Role = null, string? Organisation = null);
