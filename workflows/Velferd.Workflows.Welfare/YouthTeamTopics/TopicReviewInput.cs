namespace Velferd.Workflows.Welfare.YouthTeamTopics;

/// <summary>A review as <c>POST /api/youth-team-topics/{id}/review</c> gives it.</summary>
/// <param name="Note">What the team found.</param>
/// <param name="NextReviewDate">The next review date.</param>
public sealed record TopicReviewInput(string? Note, DateOnly? NextReviewDate);
