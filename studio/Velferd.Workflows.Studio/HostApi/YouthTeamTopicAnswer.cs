namespace Velferd.Workflows.Studio.HostApi;

/// <summary>An Ungdomsteam topic (<c>/api/youth-team-topics</c>): status <c>åpen</c> or <c>lukket</c> (end code <c>LUKKET</c>).</summary>
public sealed record YouthTeamTopicAnswer(
    string Id,
    string Team,
    string Title,
    string? Description,
    string Owner,
    DateOnly ReviewDate,
    string Status,
    string? EndCode,
    IReadOnlyList<TopicActionAnswer> Actions,
    IReadOnlyList<TopicReviewAnswer> Reviews,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    string? ClosingNote);

/// <summary>An action of a topic.</summary>
public sealed record TopicActionAnswer(string Id, string Text, string ResponsibleService, DateOnly DueDate, string Status);

/// <summary>A review of a topic.</summary>
public sealed record TopicReviewAnswer(string Id, DateTimeOffset At, string By, string Note, DateOnly NextReviewDate);
