using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Transitions;

/// <summary>What one transition operation stores together: a new measure, measures it ended, a decision, and its letters.</summary>
/// <param name="Added">A measure registered.</param>
/// <param name="Ended">Measures ended, each with the revision it was read at + 1.</param>
/// <param name="Decision">A decision recorded.</param>
public sealed record TransitionChange(Measure? Added, IReadOnlyList<Measure> Ended, TransitionDecision? Decision)
{
    /// <summary>Letters the change sends, stored with it.</summary>
    public IReadOnlyList<Letter> Letters { get; init; } = [];

    /// <summary>The timeline events of <see cref="Letters"/>.</summary>
    public IReadOnlyList<CaseEvent> LetterEvents { get; init; } = [];
}
