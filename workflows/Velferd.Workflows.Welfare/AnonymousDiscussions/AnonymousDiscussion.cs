namespace Velferd.Workflows.Welfare.AnonymousDiscussions;

/// <summary>
/// An anonymous case discussion (anonym drøfting, R-33): a team's advice on a question about a child that may not be
/// discussed by name. It holds only the question, an age band and the advice: no case, person, name, number, address,
/// or the user who brought it, so nothing in it leads back to the child.
/// </summary>
/// <param name="Id">Time-ordered id.</param>
/// <param name="At">When it was held.</param>
/// <param name="Question">The question, as put to the team.</param>
/// <param name="AgeBand">The child's age band (<see cref="AgeBands"/>).</param>
/// <param name="Advice">The team's advice.</param>
public sealed record AnonymousDiscussion(string Id, DateTimeOffset At, string Question, string AgeBand, string? Advice);
