using Velferd.Workflows.Core;
using Velferd.Workflows.Host.Welfare;
using Velferd.Workflows.Welfare.YouthTeamTopics;

namespace Velferd.Workflows.Host.YouthTeamTopics;

/// <summary>The body of <c>POST /api/youth-team-topics</c>.</summary>
/// <param name="Team">The youth team (one of the caller's teams).</param>
/// <param name="Title">The trend, without personal data.</param>
/// <param name="Description">More about it.</param>
/// <param name="Owner">The owner's user name (a member of the team).</param>
/// <param name="ReviewDate">The first review, <c>YYYY-MM-DD</c>, not in the past.</param>
public sealed record NewTopicRequest(string? Team, string? Title, string? Description, string? Owner, string? ReviewDate)
{
    /// <summary>The domain input; an unreadable date becomes an error on <c>reviewDate</c>.</summary>
    public YouthTeamTopicInput ToInput(FieldErrors errors) => new(Team, Title, Description, Owner, DateField.Read(ReviewDate, "reviewDate", errors));
}

/// <summary>The body of <c>POST /api/youth-team-topics/{id}/actions</c>.</summary>
/// <param name="Text">What is done.</param>
/// <param name="ResponsibleService">The responsible service (<c>skole</c>, <c>helse</c>, …).</param>
/// <param name="DueDate">When it is due, <c>YYYY-MM-DD</c>.</param>
/// <param name="Status"><c>planlagt</c> (default), <c>pågår</c>, <c>fullført</c> or <c>avbrutt</c>.</param>
public sealed record TopicActionRequest(string? Text, string? ResponsibleService, string? DueDate, string? Status)
{
    /// <summary>The domain input; an unreadable date becomes an error on <c>dueDate</c>.</summary>
    public TopicActionInput ToInput(FieldErrors errors) => new(Text, ResponsibleService, DateField.Read(DueDate, "dueDate", errors), Status);
}

/// <summary>The body of <c>POST /api/youth-team-topics/{id}/actions/{actionId}/status</c>.</summary>
/// <param name="Status"><c>planlagt</c>, <c>pågår</c>, <c>fullført</c> or <c>avbrutt</c>.</param>
public sealed record TopicActionStatusRequest(string? Status);

/// <summary>The body of <c>POST /api/youth-team-topics/{id}/review</c>.</summary>
/// <param name="Note">What the team found.</param>
/// <param name="NextReviewDate">The next review, <c>YYYY-MM-DD</c>, after today.</param>
public sealed record TopicReviewRequest(string? Note, string? NextReviewDate)
{
    /// <summary>The domain input; an unreadable date becomes an error on <c>nextReviewDate</c>.</summary>
    public TopicReviewInput ToInput(FieldErrors errors) => new(Note, DateField.Read(NextReviewDate, "nextReviewDate", errors));
}

/// <summary>The body of <c>POST /api/youth-team-topics/{id}/close</c>.</summary>
/// <param name="Note">Why, if the team wants it said (no personal data).</param>
public sealed record TopicCloseRequest(string? Note);
