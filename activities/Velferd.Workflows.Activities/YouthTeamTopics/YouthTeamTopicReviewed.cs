using System.Text.Json.Nodes;
using Velferd.Workflows.Activities.Cases;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Welfare.YouthTeamTopics;

namespace Velferd.Workflows.Activities.YouthTeamTopics;

/// <summary>
/// Waits, beside the owner's review task, until a review of the topic is recorded after the wait began
/// (<c>POST /api/youth-team-topics/{id}/review</c>); then goes on, so a join can end the task that asked for it.
/// </summary>
/// <remarks>
/// The review resumes the bookmark <see cref="BookmarkName"/> (key: the topic id) from its own transaction
/// (<see cref="YouthTeamTopicPathway"/>); the activity reads the topic again and waits on if no review counts. Reads only.
/// </remarks>
[Activity(
    "Velferd.YouthTeamTopicReviewed",
    Category = "Ungdomsteam",
    DisplayName = "Vent på registrert gjennomgang",
    Description = "Venter til en gjennomgang av temaet er registrert (med ny dato for gjennomgang).",
    Kind = ActivityKind.Task)]
public sealed class YouthTeamTopicReviewed(IYouthTeamTopicStore topics) : Activity<YouthTeamTopicInput, NoOutput>
{
    /// <summary>The bookmark a recorded review resumes (key: the topic id).</summary>
    public const string BookmarkName = YouthTeamTopicPathway.ReviewedWait;

    private const string SinceKey = "venterFra";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(YouthTeamTopicInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(CaseReference.Resolve(input.TopicId, context) is { } topicId
            ? ActivityResult.Suspend(new BookmarkRequest(BookmarkName, topicId, new JsonObject { [SinceKey] = context.Now }))
            : ActivityResult.Fault("Tema-id mangler / no topic id."));

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ResumeAsync(YouthTeamTopicInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var bookmark = context.Bookmark!;
        var since = bookmark.Payload?[SinceKey]?.GetValue<DateTimeOffset>() ?? bookmark.CreatedAt;
        var topic = await topics.FindAsync(bookmark.Key!, cancellationToken);
        if (topic is null || !topic.Reviews.Any(r => r.At >= since))
        {
            return ActivityResult.Suspend(new BookmarkRequest(BookmarkName, bookmark.Key, bookmark.Payload?.DeepClone()));
        }

        context.Message = $"Gjennomgått; neste gjennomgang {topic.ReviewDate:yyyy-MM-dd}";
        return ActivityResult.Done();
    }
}
