using Velferd.Workflows.Core.Access;

namespace Velferd.Workflows.Core.Stimuli;

/// <summary>
/// Whom a signal sent by a user may resume (DOMAIN.md R-64): only instances the sender may act on, and, when the signal
/// names no case, only events the process owner marked as broadcast in the definition.
/// </summary>
/// <param name="Teams">
/// Only instances owned by these teams; null when the sender may act on every team's instances. Kept for signals
/// stored before <see cref="Visibility"/> existed, which are limited by it alone.
/// </param>
public sealed record SignalScope(IReadOnlyList<string>? Teams)
{
    /// <summary>
    /// The sender's need to know (<see cref="CaseVisibility"/>): instances of his teams and of the cases he is related to
    /// (a member by name, the baton, an open task, break-glass), never those of a case hidden from him; null when he
    /// sees every case (an administrator).
    /// </summary>
    public CaseVisibility? Visibility { get; init; }

    /// <summary>The filter the signal's bookmarks are found with; null: every instance.</summary>
    public CaseVisibility? Filter => Visibility ?? (Teams is { } teams ? new CaseVisibility(teams, false, [], []) : null);
}
