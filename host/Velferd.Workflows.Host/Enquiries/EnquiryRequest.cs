using Velferd.Workflows.Core;
using Velferd.Workflows.Host.Welfare;
using Velferd.Workflows.Welfare.Enquiries;

namespace Velferd.Workflows.Host.Enquiries;

/// <summary>The body of <c>POST /api/enquiries</c>: a henvendelse from any channel (DOMAIN.md P1 step 1).</summary>
/// <param name="Channel"><c>familiehjelpa</c>, <c>koordinator</c>, <c>undring</c> or <c>webskjema</c>.</param>
/// <param name="Asker"><c>forelder</c>, <c>ungdom</c>, <c>fagperson</c> or <c>anonym</c>.</param>
/// <param name="Concern">What the concern is.</param>
/// <param name="Acute">True when the asker describes acute danger.</param>
/// <param name="Team">The team that triages it.</param>
/// <param name="Child">The child it is about.</param>
/// <param name="Guardians">Parents or guardians the asker names.</param>
public sealed record EnquiryRequest(
    string? Channel, string? Asker, string? Concern, bool? Acute, string? Team, PersonRequest? Child, IReadOnlyList<PersonRequest?>? Guardians)
{
    /// <summary>The domain input.</summary>
    public EnquiryInput ToInput(FieldErrors errors) => new(
        Channel, Asker, Concern, Acute, Team, Child?.ToInput("child", errors), Guardians?.Select((g, i) => g?.ToInput($"guardians[{i}]", errors)).ToList());
}
