using Velferd.Workflows.Activities.Cases;
using Velferd.Workflows.Activities.Timers;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Welfare.YouthTeamTopics;

namespace Velferd.Workflows.Activities.YouthTeamTopics;

/// <summary>
/// Waits until the topic's review date (00:00 that day in Oslo), then goes on, so the review task comes on the date the
/// team set. The date is read from the topic each time: a review recorded before the timer fires moves the date, and
/// the wait starts again for the new one. A closed topic is never due (its pathway ends on the closing).
/// </summary>
/// <remarks>
/// The wait is a timer row written with the burst (<see cref="TimerWait"/>), so it survives restarts and follows the
/// host's clock (the dev clock too). Reads only.
/// </remarks>
[Activity(
    "Velferd.YouthTeamTopicReviewDue",
    Category = "Ungdomsteam",
    DisplayName = "Vent til gjennomgangsdatoen",
    Description = "Venter til temaets dato for gjennomgang. Flyttes datoen (en gjennomgang er registrert), venter den til den nye datoen.",
    Kind = ActivityKind.Task)]
public sealed class YouthTeamTopicReviewDue(IYouthTeamTopicStore topics, IBusinessCalendar calendar) : Activity<YouthTeamTopicInput, NoOutput>
{
    /// <summary>The bookmark of the timer.</summary>
    public const string BookmarkName = "Velferd.YouthTeamTopicReviewDue";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(YouthTeamTopicInput input, ActivityContext context, CancellationToken cancellationToken) =>
        DueOrWaitAsync(input, context, cancellationToken);

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(YouthTeamTopicInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        // A fired timer's row is marked elapsed; whether the review is due is read from the topic again.
        if (context.Bookmark?.Name == BookmarkName)
        {
            TimerWait.Elapsed(context);
        }

        return DueOrWaitAsync(input, context, cancellationToken);
    }

    private async ValueTask<ActivityResult> DueOrWaitAsync(YouthTeamTopicInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (CaseReference.Resolve(input.TopicId, context) is not { } topicId || await topics.FindAsync(topicId, cancellationToken) is not { } topic)
        {
            return ActivityResult.Fault("Temaet finnes ikke / the topic does not exist.");
        }

        if (topic.Status == YouthTeamTopicStatus.Closed)
        {
            // The side branch waiting for the closing ends the pathway; this branch has nothing left to wait for.
            return ActivityResult.Suspend(new BookmarkRequest(YouthTeamTopicPathway.ClosedWait, topic.Id));
        }

        var dueAt = calendar.StartOfDay(topic.ReviewDate);
        if (dueAt <= context.Now)
        {
            context.Message = $"Gjennomgang {topic.ReviewDate:yyyy-MM-dd}";
            return ActivityResult.Done();
        }

        return TimerWait.Start(calendar, context, BookmarkName, "gjennomgang", dueAt, null);
    }
}
