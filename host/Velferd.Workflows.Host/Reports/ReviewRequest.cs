namespace Velferd.Workflows.Host.Reports;

/// <summary>The body of <c>POST /api/reports/{id}/review</c>.</summary>
/// <param name="Outcome"><c>henlegg</c> or <c>undersok</c>.</param>
/// <param name="Reason">Why (required).</param>
/// <param name="DecidedAt">When the review was decided (ISO 8601 with offset); now when absent.</param>
/// <param name="ActiveMeasures">For <c>henlegg</c>: closed because measures are active (SSB code 3).</param>
public sealed record ReviewRequest(string? Outcome, string? Reason, string? DecidedAt, bool? ActiveMeasures);
