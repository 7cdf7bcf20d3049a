using System.Text.Json;
using Velferd.Workflows.Welfare.YouthTeamTopics;

namespace Velferd.Workflows.Persistence.YouthTeamTopics;

internal static class YouthTeamTopicMapping
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static YouthTeamTopicRow ToRow(YouthTeamTopic topic) => new()
    {
        Id = topic.Id,
        Team = topic.Team,
        Title = topic.Title,
        Description = topic.Description,
        Owner = topic.Owner,
        ReviewDate = topic.ReviewDate,
        Status = topic.Status,
        EndCode = topic.EndCode,
        Actions = JsonSerializer.Serialize(topic.Actions, Json),
        Reviews = JsonSerializer.Serialize(topic.Reviews, Json),
        CreatedAt = topic.CreatedAt,
        CreatedBy = topic.CreatedBy,
        ClosedAt = topic.ClosedAt,
        ClosedBy = topic.ClosedBy,
        ClosingNote = topic.ClosingNote,
        Revision = topic.Revision,
    };

    public static YouthTeamTopic ToModel(YouthTeamTopicRow row) => new(
        row.Id,
        row.Team,
        row.Title,
        row.Description,
        row.Owner,
        row.ReviewDate,
        row.Status,
        row.EndCode,
        JsonSerializer.Deserialize<List<YouthTeamTopicAction>>(row.Actions, Json) ?? [],
        JsonSerializer.Deserialize<List<YouthTeamTopicReview>>(row.Reviews, Json) ?? [],
        row.CreatedAt,
        row.CreatedBy,
        row.ClosedAt,
        row.ClosedBy,
        row.ClosingNote,
        row.Revision);
}
