using System.Text.Json.Nodes;
using Velferd.Workflows.Activities.Cases;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Meetings;

namespace Velferd.Workflows.Activities.TeamWork;

/// <summary>
/// Waits until the case's team meeting is recorded as held (P2 step 5, drøfting: <c>POST /api/meetings/{id}/record</c>),
/// optionally with a local deadline (P2: «within 3 weeks of consent» [cfg]). Port «Gjennomført» when a meeting of the
/// case is recorded held after the wait began (<see cref="HeldMeetings"/>), «Fristen passert» when the deadline passes first.
/// </summary>
/// <remarks>
/// The wait is a bookmark named <see cref="BookmarkName"/> keyed by the case id, which a meeting's record resumes from
/// its own transaction (<see cref="CaseWaits"/>); the activity then reads the meetings again and waits on if none counts, so a resume is never
/// trusted on its own. The deadline row is written with the burst and is a «lokal frist», computed by the
/// Oslo calendar; the meeting being held meets it.
/// </remarks>
[Activity(
    "Velferd.TeamMeeting",
    Category = "Tverrfaglig team",
    DisplayName = "Vent på teammøte",
    Description = "Venter til sakens teammøte er registrert som gjennomført, eventuelt med en lokal frist; går videre på «Gjennomført» eller «Fristen passert».",
    Kind = ActivityKind.Task,
    Outcomes = [HeldOutcome, OverdueOutcome])]
public sealed class TeamMeetingHeld(IMeetingStore meetings, IBusinessCalendar calendar) : Activity<TeamMeetingInput, TeamMeetingOutput>
{
    /// <summary>Port: the meeting was held.</summary>
    public const string HeldOutcome = "Gjennomført";

    /// <summary>Port: the deadline passed first.</summary>
    public const string OverdueOutcome = "Fristen passert";

    /// <summary>The bookmark a meeting recorded as held resumes (key: the case id).</summary>
    public const string BookmarkName = CaseWaits.MeetingHeldWait;

    private const string SinceKey = "venterFra";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(TeamMeetingInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (CaseReference.Resolve(input.CaseId, context) is not { } caseId)
        {
            return ValueTask.FromResult(ActivityResult.Fault(CaseReference.Missing));
        }

        var payload = new JsonObject { [SinceKey] = context.Now };
        if (!string.IsNullOrWhiteSpace(input.Deadline))
        {
            var spec = new DeadlineSpec
            {
                Id = Ids.New(context.Now),
                Name = string.IsNullOrWhiteSpace(input.DeadlineName) ? "møtefrist" : input.DeadlineName.Trim(),
                Kind = DeadlineKind.Local,
                SourceRule = input.SourceRule,
                Anchor = context.Now,
                Duration = input.Deadline,
                Team = input.Team,
                BookmarkName = BookmarkName,
                BookmarkKey = caseId,
            };
            var built = DeadlineFactory.Build(calendar, spec, context);
            if (built.Error is { } error)
            {
                return ValueTask.FromResult(ActivityResult.Fault($"Input 'Deadline': {error}"));
            }

            context.AddEffect(new DeadlineEffect(built.Deadline!));
            payload = DeadlinePayload.ForBookmark(spec.Id);
            payload[SinceKey] = context.Now;
            context.Message = $"Møtefrist {built.Deadline!.DueLocal}";
        }

        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(BookmarkName, caseId, payload)));
    }

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ResumeAsync(TeamMeetingInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var bookmark = context.Bookmark!;
        var caseId = bookmark.Key!;
        var deadlineId = DeadlinePayload.DeadlineIdOf(bookmark.Payload);
        if (deadlineId is not null && DeadlinePayload.IsFiring(context.ResumePayload, deadlineId))
        {
            context.AddEffect(new DeadlineResolvedEffect(deadlineId, DeadlineStatus.Overdue));
            return ActivityResult.Outcome(OverdueOutcome, new TeamMeetingOutput { Overdue = true });
        }

        var since = bookmark.Payload?[SinceKey]?.GetValue<DateTimeOffset>() ?? bookmark.CreatedAt;
        if (HeldMeetings.FirstRecordedSince(await meetings.ListForCaseAsync(caseId, cancellationToken), caseId, since) is not { } held)
        {
            return ActivityResult.Suspend(new BookmarkRequest(BookmarkName, caseId, bookmark.Payload?.DeepClone()));
        }

        if (deadlineId is not null)
        {
            context.AddEffect(new DeadlineResolvedEffect(deadlineId, DeadlineStatus.Met));
        }

        context.Message = $"Møte {held.Id} gjennomført";
        return ActivityResult.Outcome(HeldOutcome, new TeamMeetingOutput
        {
            MeetingId = held.Id,
            ParentsPresent = held.Record!.ParentsPresent,
            ChildPresent = held.Record.ChildPresent,
        });
    }
}
