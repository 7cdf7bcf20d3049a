namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>The signed-in user acting on tasks: who, in which teams, with which roles (DOMAIN.md R-64 scoping).</summary>
/// <param name="UserId">The user id (the token's subject).</param>
/// <param name="Teams">Teams the user belongs to.</param>
/// <param name="Roles">The user's role names; matched against a task's candidate role.</param>
/// <param name="IsSupervisor">True for a leader: sees and reassigns every task of his own teams.</param>
/// <param name="IsAdmin">True for an administrator: sees every task.</param>
public sealed record HumanTaskActor(
    string UserId, IReadOnlySet<string> Teams, IReadOnlySet<string> Roles, bool IsSupervisor = false, bool IsAdmin = false)
{
    /// <summary>
    /// Cases whose tasks the user may never see, even offered to his team or held by him: another service's own
    /// material (R-64, from the need-to-know decision). Empty unless the host looked them up.
    /// </summary>
    public IReadOnlySet<string> HiddenCases { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// The kinds of case whose tasks the user may never see: lists leave them out in their SQL by the case's
    /// kind, which covers <see cref="HiddenCases"/> without looking the cases up first.
    /// </summary>
    public IReadOnlyCollection<string> HiddenCaseKinds { get; init; } = [];

    /// <summary>True when the user leads <paramref name="team"/> (or administers everything).</summary>
    public bool Supervises(string? team) => IsAdmin || (IsSupervisor && team is not null && Teams.Contains(team));

    /// <summary>True when the user is one of the people the task is offered to.</summary>
    public bool IsCandidateFor(HumanTask task) =>
        IsAdmin || (task.CandidateTeam is not null && Teams.Contains(task.CandidateTeam)
            && (task.CandidateRole is null || Roles.Contains(task.CandidateRole)));

    /// <summary>
    /// True when the user may see the task: his own (held or completed by him), a task offered to his team (and role),
    /// or any task of a team he leads. Everyone else gets "not found", so a task's existence does not leak.
    /// </summary>
    public bool CanSee(HumanTask task) =>
        (task.CorrelationId is null || !HiddenCases.Contains(task.CorrelationId)) && (task.AssignedTo == UserId || task.CompletedBy == UserId || Supervises(task.CandidateTeam) || IsCandidateFor(task));
}
