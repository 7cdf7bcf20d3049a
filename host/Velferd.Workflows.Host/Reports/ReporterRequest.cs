namespace Velferd.Workflows.Host.Reports;

/// <summary>
/// Who reported: <c>offentlig</c>, <c>privat</c> or <c>anonym</c>, with a role and organisation, and where the feedback
/// goes: a public reporter's <c>organisationNumber</c> (SvarUt), a private reporter's <c>fnr</c> (digital post or
/// print). A melding's view shows the organisation number, never the reporter's fødselsnummer.
/// </summary>
public sealed record ReporterRequest(string? Category, string? Role, string? Organisation, string? OrganisationNumber = null, string? Fnr = null);
