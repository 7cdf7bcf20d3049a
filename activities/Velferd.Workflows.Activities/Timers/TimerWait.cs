using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Activities.Timers;

/// <summary>
/// The one way a timer activity waits: a timer row written with the burst and a bookmark the deadline pump resumes
/// when the row is due, so the wait survives restarts and fires late rather than never (DOMAIN.md R-07).
/// </summary>
internal static class TimerWait
{
    /// <summary>Starts waiting until <paramref name="dueAt"/>, or for <paramref name="duration"/> on the business calendar.</summary>
    public static ActivityResult Start(
        IBusinessCalendar calendar, ActivityContext context, string bookmarkName, string? label, DateTimeOffset? dueAt, string? duration)
    {
        var id = Ids.New(context.Now);
        var (deadline, error) = DeadlineFactory.Build(
            calendar,
            new DeadlineSpec
            {
                Id = id,
                Name = label,
                Kind = DeadlineKind.Timer,
                Anchor = context.Now,
                DueAt = dueAt,
                Duration = duration,
                BookmarkName = bookmarkName,
                BookmarkKey = id,
            },
            context);
        if (error is not null)
        {
            return ActivityResult.Fault(error);
        }

        context.AddEffect(new DeadlineEffect(deadline!));
        context.Message = $"Venter til {deadline!.DueLocal}";
        return ActivityResult.Suspend(new BookmarkRequest(bookmarkName, id, DeadlinePayload.ForBookmark(id)));
    }

    /// <summary>The timer fired: its row is marked elapsed with the burst that goes on.</summary>
    public static ActivityResult Elapsed(ActivityContext context)
    {
        context.AddEffect(new DeadlineResolvedEffect(DeadlinePayload.DeadlineIdOf(context.Bookmark?.Payload) ?? "", DeadlineStatus.Elapsed));
        return ActivityResult.Done();
    }
}
