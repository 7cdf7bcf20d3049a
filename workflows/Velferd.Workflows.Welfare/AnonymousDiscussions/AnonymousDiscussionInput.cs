namespace Velferd.Workflows.Welfare.AnonymousDiscussions;

/// <summary>An anonymous discussion as <c>POST /api/anonymous-discussions</c> records it.</summary>
/// <param name="Question">The question.</param>
/// <param name="AgeBand">The age band.</param>
/// <param name="Advice">The advice, when given.</param>
public sealed record AnonymousDiscussionInput(string? Question, string? AgeBand, string? Advice);
