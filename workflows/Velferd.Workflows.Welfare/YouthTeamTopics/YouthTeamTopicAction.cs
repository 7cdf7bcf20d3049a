namespace Velferd.Workflows.Welfare.YouthTeamTopics;

/// <summary>An action (tiltak) of a topic: what, which service answers for it, by when, and where it stands.</summary>
/// <param name="Id">Time-ordered id.</param>
/// <param name="Text">What is done.</param>
/// <param name="ResponsibleService">The responsible service (the consent services' codes: <c>skole</c>, <c>helse</c>, …).</param>
/// <param name="DueDate">When it is due (Oslo date).</param>
/// <param name="Status">The measure statuses: <c>planlagt</c>, <c>pågår</c>, <c>fullført</c>, <c>avbrutt</c>.</param>
/// <param name="AddedAt">When it was added.</param>
/// <param name="AddedBy">Who added it.</param>
public sealed record YouthTeamTopicAction(
    string Id, string Text, string ResponsibleService, DateOnly DueDate, string Status, DateTimeOffset AddedAt, string AddedBy);
