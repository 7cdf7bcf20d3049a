using System.Globalization;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Activities.AgeMilestones;

/// <summary>
/// Waits until a person reaches an age, minus a lead time, from their birth date (DOMAIN.md ): age N on
/// birth date + N years (29 February → 28 February), a milestone is a date that takes effect at 00:00 Oslo time
/// . A milestone already reached completes at once on «Passert».
/// </summary>
/// <remarks>
/// Given the person's fødselsnummer («Fødselsnummer»), the milestone row keeps it with the age and lead time, and the
/// age-milestone housekeeping scan re-plans the milestone when Folkeregisteret's birth date changes. Without it
/// the milestone stays on the birth date it was given.
/// </remarks>
[Activity(
    "Velferd.AgeMilestone",
    Category = "Frister",
    DisplayName = "Aldersmilepæl",
    Description = "Venter til personen når en alder (minus ledetid), regnet fra fødselsdatoen i Folkeregisteret.",
    Kind = ActivityKind.Trigger,
    Outcomes = [ReachedOutcome, PassedOutcome])]
public sealed class AgeMilestone(IBusinessCalendar calendar) : Activity<AgeMilestoneInput, AgeMilestoneOutput>
{
    /// <summary>The port taken when the wait ends at the milestone.</summary>
    public const string ReachedOutcome = "Nådd";

    /// <summary>The port taken when the milestone had already passed when the activity ran.</summary>
    public const string PassedOutcome = "Passert";

    /// <summary>The milestone's bookmark name.</summary>
    public const string BookmarkName = "Velferd.AgeMilestone";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(AgeMilestoneInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(input.BirthDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate))
        {
            return Fault("Input 'BirthDate': fødselsdato må være en dato (ÅÅÅÅ-MM-DD) / the birth date must be a date (yyyy-MM-dd).");
        }

        if (!CalendarDuration.TryParse(input.Age, out var age))
        {
            return Fault($"Input 'Age': {CalendarDuration.InvalidMessage}");
        }

        var lead = CalendarDuration.Zero;
        if (!string.IsNullOrWhiteSpace(input.LeadTime) && !CalendarDuration.TryParse(input.LeadTime, out lead))
        {
            return Fault($"Input 'LeadTime': {CalendarDuration.InvalidMessage}");
        }

        var identityNumber = input.IdentityNumber?.Trim();
        if (!string.IsNullOrEmpty(identityNumber) && (identityNumber.Length != 11 || !identityNumber.All(char.IsAsciiDigit)))
        {
            return Fault("Input 'IdentityNumber': fødselsnummeret må ha 11 siffer / the identity number must have 11 digits.");
        }

        var birth = calendar.StartOfDay(birthDate);
        var at = AgeMilestonePlan.TakesEffectAt(calendar, birthDate, age, lead);
        var milestoneDate = calendar.LocalDate(at);
        var output = new AgeMilestoneOutput { MilestoneDate = milestoneDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        if (at <= context.Now)
        {
            return Outcome(PassedOutcome, output);
        }

        var id = Ids.New(context.Now);
        var (deadline, error) = DeadlineFactory.Build(
            calendar,
            new DeadlineSpec
            {
                Id = id,
                Name = string.IsNullOrWhiteSpace(input.Label) ? $"alder {input.Age}" : input.Label,
                Kind = DeadlineKind.Timer,
                SourceRule = "R-40",
                Anchor = birth,
                DueAt = at,
                BookmarkName = BookmarkName,
                BookmarkKey = id,

                // With the person's number the housekeeping scan can re-plan the milestone if the birth date changes.
                PersonIdentityNumber = string.IsNullOrEmpty(identityNumber) ? null : identityNumber,
                MilestoneAge = input.Age!.Trim(),
                MilestoneLeadTime = string.IsNullOrWhiteSpace(input.LeadTime) ? null : input.LeadTime.Trim(),
            },
            context);
        if (error is not null)
        {
            return Fault(error);
        }

        context.AddEffect(new DeadlineEffect(deadline!));
        context.Message = $"Aldersmilepæl {output.MilestoneDate}";
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(BookmarkName, id, DeadlinePayload.ForBookmark(id))));
    }

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(AgeMilestoneInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        context.AddEffect(new DeadlineResolvedEffect(DeadlinePayload.DeadlineIdOf(context.Bookmark?.Payload) ?? "", DeadlineStatus.Elapsed));
        var date = calendar.LocalDate(context.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Outcome(ReachedOutcome, new AgeMilestoneOutput { MilestoneDate = date });
    }

    private static ValueTask<ActivityResult> Fault(string message) => ValueTask.FromResult(ActivityResult.Fault(message));
}

/// <summary>Input of <see cref="AgeMilestone"/>.</summary>
public sealed record AgeMilestoneInput
{
    /// <summary>Birth date from Folkeregisteret (never derived from the fødselsnummer).</summary>
    [Input(DisplayName = "Fødselsdato", Description = "Fødselsdato fra Folkeregisteret (ÅÅÅÅ-MM-DD).", Order = 0, IsRequired = true)]
    public string? BirthDate { get; init; }

    /// <summary>The age: «17 år», «17 år 6 måneder», «P18Y».</summary>
    [Input(DisplayName = "Alder", Description = "F.eks. «17 år», «17 år 6 måneder», «18 år», «25 år».", Order = 1, IsRequired = true)]
    public string? Age { get; init; }

    /// <summary>How long before the age is reached the wait ends.</summary>
    [Input(DisplayName = "Ledetid", Description = "Hvor lenge før alderen nås, f.eks. «3 måneder» (tom = på dagen).", Order = 2)]
    public string? LeadTime { get; init; }

    /// <summary>A name for the milestone.</summary>
    [Input(DisplayName = "Navn", Description = "Milepælens navn i fristoversikten, f.eks. «overgang til voksen» (tomt: «alder 18 år»).", Order = 3)]
    public string? Label { get; init; }

    /// <summary>
    /// The person's fødselsnummer or D-number (optional): lets the daily scan re-plan the milestone when the birth date
    /// in Folkeregisteret changes. Never used to derive the age.
    /// </summary>
    [Input(
        DisplayName = "Fødselsnummer",
        Description = "Personens fødselsnummer eller D-nummer (11 siffer). Valgfritt: med det planlegges milepælen på nytt hvis fødselsdatoen i Folkeregisteret endres.",
        Order = 4)]
    public string? IdentityNumber { get; init; }
}

/// <summary>Output of <see cref="AgeMilestone"/>.</summary>
public sealed record AgeMilestoneOutput
{
    /// <summary>The milestone's date.</summary>
    [Output(DisplayName = "Dato")]
    public string? MilestoneDate { get; init; }
}
