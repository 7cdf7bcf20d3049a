using Velferd.Workflows.Core;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>The body of <c>POST /api/cases</c>.</summary>
/// <param name="Kind"><c>BTI</c>, <c>Barnevern</c>, <c>IP</c>, <c>Helsestasjon</c>, <c>Lavinntekt</c> or <c>Psykisk</c>.</param>
/// <param name="Team">The owning team.</param>
/// <param name="Level">BTI level 0–3.</param>
/// <param name="Child">The child or young person.</param>
/// <param name="Guardians">Parents or guardians the caller knows.</param>
/// <param name="Question">The question to the team.</param>
public sealed record CreateCaseRequest(string? Kind, string? Team, int? Level, PersonRequest? Child, IReadOnlyList<PersonRequest?>? Guardians, string? Question)
{
    /// <summary>The domain input.</summary>
    public NewCaseInput ToInput(FieldErrors errors) => new(
        Kind, Team, Level, Child?.ToInput("child", errors), Guardians?.Select((g, i) => g?.ToInput($"guardians[{i}]", errors)).ToList(), Question);
}
