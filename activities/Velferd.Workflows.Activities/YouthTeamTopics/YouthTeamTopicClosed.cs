using System.Text.Json.Nodes;
using Velferd.Workflows.Activities.Cases;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Welfare.YouthTeamTopics;

namespace Velferd.Workflows.Activities.YouthTeamTopics;

/// <summary>
/// Waits, beside the pathway's review loop, until the topic is closed (<c>POST /api/youth-team-topics/{id}/close</c>);
/// then the whole pathway ends with «Utfall» <c>LUKKET</c>, and the owner's open review task goes with it.
/// </summary>
/// <remarks>
/// The closing resumes the bookmark <see cref="BookmarkName"/> (key: the topic id) from its own transaction
/// (<see cref="YouthTeamTopicPathway"/>); the activity reads the topic again and waits on while it is open. Reads only.
/// </remarks>
[Activity(
    "Velferd.YouthTeamTopicClosed",
    Category = "Ungdomsteam",
    DisplayName = "Vent på at temaet lukkes",
    Description = "Venter ved siden av forløpet til temaet lukkes, og avslutter da hele forløpet med utfallet LUKKET.",
    Kind = ActivityKind.Trigger,
    Outcomes = [])]
public sealed class YouthTeamTopicClosed(IYouthTeamTopicStore topics) : Activity<YouthTeamTopicInput, NoOutput>
{
    /// <summary>The bookmark a closing resumes (key: the topic id).</summary>
    public const string BookmarkName = YouthTeamTopicPathway.ClosedWait;

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(YouthTeamTopicInput input, ActivityContext context, CancellationToken cancellationToken) =>
        EndIfClosedAsync(input, context, cancellationToken);

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(YouthTeamTopicInput input, ActivityContext context, CancellationToken cancellationToken) =>
        EndIfClosedAsync(input, context, cancellationToken);

    private async ValueTask<ActivityResult> EndIfClosedAsync(YouthTeamTopicInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var topicId = CaseReference.Resolve(input.TopicId, context);
        var topic = topicId is null ? null : await topics.FindAsync(topicId, cancellationToken);
        if (topic is null || topic.Status != YouthTeamTopicStatus.Closed)
        {
            return ActivityResult.Suspend(new BookmarkRequest(BookmarkName, topicId));
        }

        context.SetWorkflowOutput(CloseCase.OutcomeOutput, JsonValue.Create(topic.EndCode));
        context.Message = $"Temaet er lukket: {topic.EndCode}";
        return ActivityResult.CompleteWorkflow([]);
    }
}
