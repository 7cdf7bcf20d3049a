namespace Velferd.Workflows.Host.Reports;

/// <summary>The answer of <c>POST /api/reports</c>: one record per child .</summary>
public sealed record RegisteredReports(List<RegisteredReportView> Reports);
