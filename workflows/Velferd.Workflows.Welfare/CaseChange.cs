using Velferd.Workflows.Core;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare;

/// <summary>
/// The answer of a domain operation on a case: the new state with the timeline events to store with it, field errors
/// (nothing is stored: R-75), or a conflict with the state (a closed case, a consent already withdrawn).
/// </summary>
/// <typeparam name="T">What changed.</typeparam>
public abstract record CaseChange<T>
{
    private CaseChange()
    {
    }

    /// <summary>Applied: store <paramref name="Value"/> and <paramref name="Events"/> together.</summary>
    public sealed record Applied(T Value, IReadOnlyList<CaseEvent> Events) : CaseChange<T>;

    /// <summary>Refused for bad input; every error at once.</summary>
    public sealed record Invalid(FieldErrors Errors) : CaseChange<T>;

    /// <summary>Refused because of the state; <paramref name="Detail"/> says why, in Norwegian.</summary>
    public sealed record Conflict(string Detail) : CaseChange<T>;
}
