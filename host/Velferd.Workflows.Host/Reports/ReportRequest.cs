using Velferd.Workflows.Core;
using Velferd.Workflows.Host.TeamWork;
using Velferd.Workflows.Host.Welfare;
using Velferd.Workflows.Welfare.Reports;

namespace Velferd.Workflows.Host.Reports;

/// <summary>The body of <c>POST /api/reports</c> (DOMAIN-API.md "Melding and investigation").</summary>
public sealed record ReportRequest(
    string? ReceivedAt, string? Channel, ReporterRequest? Reporter, List<PersonRequest?>? Children, List<PersonRequest?>? Guardians, string? Text, bool? Acute)
{
    /// <summary>The domain input; unreadable instants and dates go into <paramref name="errors"/>.</summary>
    public ReportInput ToInput(FieldErrors errors) => new(
        InstantField.Read(ReceivedAt, "receivedAt", errors),
        Channel,
        Reporter is null ? null : new ReporterInput(Reporter.Category, Reporter.Role, Reporter.Organisation, Reporter.OrganisationNumber, Reporter.Fnr),
        Children?.Select((c, i) => c?.ToInput($"children[{i}]", errors)).ToList(),
        Guardians?.Select((g, i) => g?.ToInput($"guardians[{i}]", errors)).ToList(),
        Text,
        Acute == true);
}
