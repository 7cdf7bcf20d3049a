using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Welfare.Enquiries;

/// <summary>A henvendelse as <c>POST /api/enquiries</c> registers it (DOMAIN.md P1 step 1).</summary>
/// <param name="Channel">How it came in (<see cref="EnquiryChannels"/>).</param>
/// <param name="Asker">Who asks (<see cref="EnquiryAskers"/>).</param>
/// <param name="Concern">What the concern is.</param>
/// <param name="Acute">True when the asker describes acute danger (P1 step 2).</param>
/// <param name="Team">The team that triages it.</param>
/// <param name="Child">The child it is about.</param>
/// <param name="Guardians">Parents or guardians the asker names.</param>
public sealed record EnquiryInput(
    string? Channel,
    string? Asker,
    string? Concern,
    bool? Acute,
    string? Team,
    PersonInput? Child,
    IReadOnlyList<PersonInput?>? Guardians);
