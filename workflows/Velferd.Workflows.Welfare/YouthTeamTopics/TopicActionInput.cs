namespace Velferd.Workflows.Welfare.YouthTeamTopics;

/// <summary>A new action as <c>POST /api/youth-team-topics/{id}/actions</c> gives it.</summary>
/// <param name="Text">What is done.</param>
/// <param name="ResponsibleService">The responsible service.</param>
/// <param name="DueDate">When it is due.</param>
/// <param name="Status">Where it stands (default <c>planlagt</c>).</param>
public sealed record TopicActionInput(string? Text, string? ResponsibleService, DateOnly? DueDate, string? Status);
