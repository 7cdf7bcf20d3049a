using Velferd.Workflows.Activities.Cases;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Activities.Consents;

/// <summary>
/// Waits until the case's child reaches the next age at which who must consent changes (12, 16 and 18, DOMAIN.md R-28,
/// R-29), from the birth date on the case (Folkeregisteret's when looked up, R-40), at 00:00 Oslo time on that date
/// then notes the re-check on the case's timeline and leaves on «Nådd», where the pathway puts the renewal task.
/// </summary>
/// <remarks>
/// The consent status is computed from the age every time it is read, so from the milestone on the categories the old
/// signatures no longer cover count as missing by themselves; this activity makes sure someone renews them. The wait
/// is an age-milestone timer row carrying the child's number, so the daily age-milestone scan re-plans it when the
/// registry's birth date changes. No case, no birth date, or every age passed: «Ingen» at once. The timeline entry is
/// written before the burst commits; a burst run again writes a second, harmless entry at most.
/// </remarks>
[Activity(
    "Velferd.ConsentAgeMilestone",
    Category = "Samtykke",
    DisplayName = "Neste samtykkealder (12, 16, 18 år)",
    Description = "Venter til barnet i saken fyller 12, 16 eller 18 år (fra fødselsdatoen i Folkeregisteret), da samtykket må vurderes på nytt (R-29).",
    Kind = ActivityKind.Trigger,
    Outcomes = [ReachedOutcome, NoneOutcome])]
public sealed class ConsentAgeMilestone(ICaseStore cases, IBusinessCalendar calendar) : Activity<CaseInput, ConsentAgeMilestoneOutput>
{
    /// <summary>The port taken when the child reached the age.</summary>
    public const string ReachedOutcome = "Nådd";

    /// <summary>The port taken when there is no milestone left (or no case or birth date to count from).</summary>
    public const string NoneOutcome = "Ingen";

    /// <summary>The ages at which R-28 changes who must consent.</summary>
    public static readonly IReadOnlyList<int> Ages = [12, 16, 18];

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(CaseInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var caseId = CaseReference.Resolve(input.CaseId, context);
        var current = caseId is null ? null : await cases.FindAsync(caseId, cancellationToken);
        if (current?.Child.BirthDate is not { } birthDate)
        {
            return ActivityResult.Outcome(NoneOutcome);
        }

        foreach (var age in Ages)
        {
            var duration = CalendarDuration.Parse($"{age} år");
            var at = AgeMilestonePlan.TakesEffectAt(calendar, birthDate, duration, CalendarDuration.Zero);
            if (at <= context.Now)
            {
                continue;
            }

            var id = Ids.New(context.Now);
            var (deadline, error) = DeadlineFactory.Build(calendar, new DeadlineSpec
            {
                Id = id,
                Name = $"samtykke ved {age} år",
                Kind = DeadlineKind.Timer,
                SourceRule = "R-29",
                Anchor = calendar.StartOfDay(birthDate),
                DueAt = at,
                BookmarkName = AgeMilestones.AgeMilestone.BookmarkName,
                BookmarkKey = id,
                PersonIdentityNumber = current.Child.Identity.Number,
                MilestoneAge = $"{age} år",
            }, context);
            if (error is not null)
            {
                return ActivityResult.Fault(error);
            }

            context.AddEffect(new DeadlineEffect(deadline!));
            context.Message = $"Samtykket vurderes på nytt ved {age} år";
            return ActivityResult.Suspend(new BookmarkRequest(AgeMilestones.AgeMilestone.BookmarkName, id, DeadlinePayload.ForBookmark(id)));
        }

        return ActivityResult.Outcome(NoneOutcome);
    }

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ResumeAsync(CaseInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        context.AddEffect(new DeadlineResolvedEffect(DeadlinePayload.DeadlineIdOf(context.Bookmark?.Payload) ?? "", DeadlineStatus.Elapsed));
        var caseId = CaseReference.Resolve(input.CaseId, context);
        var current = caseId is null ? null : await cases.FindAsync(caseId, cancellationToken);
        var age = current?.Child.AgeOn(OsloDate.Of(context.Now));
        if (current is { Status: CaseStatus.Open } && age is not null && CaseReference.MayChange(context))
        {
            await cases.UpdateAsync(current, [CaseRules.Event(current, context.Now, CaseEventKinds.ConsentRecheck, CaseEventKinds.SystemUser,
                $"Barnet er {age} år: samtykket vurderes på nytt, og det som ikke lenger dekkes regnes som manglende (R-29).")], cancellationToken);
        }

        return ActivityResult.Outcome(ReachedOutcome, new ConsentAgeMilestoneOutput { Age = age });
    }
}

/// <summary>Output of <see cref="ConsentAgeMilestone"/>.</summary>
public sealed record ConsentAgeMilestoneOutput
{
    /// <summary>The child's age when the milestone was reached.</summary>
    [Output(DisplayName = "Alder")]
    public int? Age { get; init; }
}
