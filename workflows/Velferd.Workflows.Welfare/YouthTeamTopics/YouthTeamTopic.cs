namespace Velferd.Workflows.Welfare.YouthTeamTopics;

/// <summary>
/// An Ungdomsteam topic (DOMAIN.md §1 item 4, P2's variant): a trend the youth team works on, never an individual, so it
/// holds no personal data — no case, child, name or number; only the team's own users. It has an owner, actions
/// with a responsible service and due date, and a review date; it ends <see cref="YouthTeamTopicRules.ClosedEndCode"/>.
/// </summary>
/// <param name="Id">Time-ordered id; also the correlation id of the topic's pathway.</param>
/// <param name="Team">The youth team that owns it.</param>
/// <param name="Title">What the trend is.</param>
/// <param name="Description">More about it, if given.</param>
/// <param name="Owner">The team member who follows it up and gets the review task.</param>
/// <param name="ReviewDate">The next review (Oslo date).</param>
/// <param name="Status"><see cref="YouthTeamTopicStatus"/>.</param>
/// <param name="EndCode"><c>LUKKET</c> once closed.</param>
/// <param name="Actions">The actions (tiltak), oldest first.</param>
/// <param name="Reviews">The reviews held, oldest first.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="ClosedAt">When it was closed.</param>
/// <param name="ClosedBy">Who closed it.</param>
/// <param name="ClosingNote">Why, if given.</param>
/// <param name="Revision">1 when new; each change adds one (two concurrent changes: the second is a 409).</param>
public sealed record YouthTeamTopic(
    string Id,
    string Team,
    string Title,
    string? Description,
    string Owner,
    DateOnly ReviewDate,
    string Status,
    string? EndCode,
    IReadOnlyList<YouthTeamTopicAction> Actions,
    IReadOnlyList<YouthTeamTopicReview> Reviews,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    string? ClosingNote,
    long Revision);
