namespace Velferd.Workflows.Host.Reports;

/// <summary>Who reported: <c>offentlig</c>, <c>privat</c> or <c>anonym</c>, with a role and organisation.</summary>
public sealed record ReporterRequest(string? Category, string? Role, string? Organisation);
