using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Welfare.Reports;

/// <summary>A melding as registered (the body of <c>POST /api/reports</c>, or one received through Fiks IO).</summary>
/// <param name="ReceivedAt">When barnevernet received it; now when absent; may be in the past.</param>
/// <param name="Channel">A <see cref="ReportChannels"/> value.</param>
/// <param name="Reporter">Who reported.</param>
/// <param name="Children">The children it is about: one record each .</param>
/// <param name="Guardians">Parents and guardians named in it.</param>
/// <param name="Text">What it says.</param>
/// <param name="Acute">Acute .</param>
public sealed record ReportInput(
    DateTimeOffset? ReceivedAt,
    string? Channel,
    ReporterInput? Reporter,
    IReadOnlyList<PersonInput?>? Children,
    IReadOnlyList<PersonInput?>? Guardians,
    string? Text,
    bool Acute);
