using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.IndividualPlans;

/// <summary>What one IP operation stores together: the request record and/or one coordinator, each new at revision 1, and its letters.</summary>
/// <param name="Plan">The request record as it now is.</param>
/// <param name="Coordinator">A coordinator appointed or changed.</param>
public sealed record IndividualPlanChange(IndividualPlan? Plan, Coordinator? Coordinator)
{
    /// <summary>Letters the change sends, stored with it.</summary>
    public IReadOnlyList<Letter> Letters { get; init; } = [];

    /// <summary>The timeline events of <see cref="Letters"/>.</summary>
    public IReadOnlyList<CaseEvent> LetterEvents { get; init; } = [];
}
