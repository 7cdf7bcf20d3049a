namespace Velferd.Workflows.Welfare.YouthTeamTopics;

/// <summary>A new topic as <c>POST /api/youth-team-topics</c> gives it.</summary>
/// <param name="Team">The youth team.</param>
/// <param name="Title">The trend.</param>
/// <param name="Description">More about it.</param>
/// <param name="Owner">The owner (a member of the team).</param>
/// <param name="ReviewDate">The first review date.</param>
public sealed record YouthTeamTopicInput(string? Team, string? Title, string? Description, string? Owner, DateOnly? ReviewDate);
