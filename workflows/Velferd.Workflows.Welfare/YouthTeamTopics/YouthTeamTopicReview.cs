namespace Velferd.Workflows.Welfare.YouthTeamTopics;

/// <summary>A review of a topic: what the team found, and the next review date it set.</summary>
/// <param name="Id">Time-ordered id.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it.</param>
/// <param name="Note">What the team found.</param>
/// <param name="NextReviewDate">The next review (Oslo date).</param>
public sealed record YouthTeamTopicReview(string Id, DateTimeOffset At, string By, string Note, DateOnly NextReviewDate);
