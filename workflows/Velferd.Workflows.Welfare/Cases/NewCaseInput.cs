using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Welfare.Cases;

/// <summary>A case as <c>POST /api/cases</c> registers it.</summary>
/// <param name="Kind">The kind (<see cref="CaseKind"/>).</param>
/// <param name="Team">The owning team.</param>
/// <param name="Level">The BTI level (0 when not given).</param>
/// <param name="Child">The child or young person.</param>
/// <param name="Guardians">Parents or guardians known to the caller; Folkeregisteret adds the holders of parental responsibility.</param>
/// <param name="Question">The question to the team.</param>
public sealed record NewCaseInput(
    string? Kind,
    string? Team,
    int? Level,
    PersonInput? Child,
    IReadOnlyList<PersonInput?>? Guardians,
    string? Question);
