namespace Velferd.Workflows.Host.Reports;

/// <summary>The body of <c>POST /api/investigations/{id}/deviation-notes</c>.</summary>
public sealed record DeviationNoteRequest(string? Text);
