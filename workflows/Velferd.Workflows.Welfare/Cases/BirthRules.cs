using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Cases;

/// <summary>
/// a case opened for an expected child (an unborn person with a due date, never a number, R-56) is linked to the
/// child's fødselsnummer when Folkeregisteret reports the birth. The child on the case takes the number and the
/// registry's answer (birth date, address protection, the holders of parental responsibility); everything recorded on
/// the case (the right to an individual plan, the barnekoordinator, consents, the timeline) stays with it, so it is
/// the child's from then on.
/// </summary>
public static class BirthRules
{
    /// <summary>
    /// The earliest birth that can be the expected child: 18 weeks before the due date (22 weeks of pregnancy, the
    /// limit of viability), so a very premature birth still links.
    /// </summary>
    public const int EarliestWeeksBeforeDue = 18;

    /// <summary>The latest: 3 weeks after the due date (birth is induced by 42 weeks of pregnancy).</summary>
    public const int LatestWeeksAfterDue = 3;

    /// <summary>
    /// True when a child born on <paramref name="birthDate"/> to <paramref name="parents"/> is the expected child of the
    /// open case <paramref name="current"/>: the case's child is unborn, a guardian on the case is one of the parents,
    /// and the birth falls between <see cref="EarliestWeeksBeforeDue"/> before and <see cref="LatestWeeksAfterDue"/>
    /// after the due date. A case already linked no longer has an unborn child, so a replayed event matches nothing.
    /// </summary>
    public static bool IsBirthOf(WelfareCase current, DateOnly birthDate, IReadOnlyCollection<string> parents) =>
        current.Status == CaseStatus.Open
        && current.Child.Identity is { Kind: IdentityKind.Unborn, DueDate: { } due }
        && birthDate >= due.AddDays(-7 * EarliestWeeksBeforeDue)
        && birthDate <= due.AddDays(7 * LatestWeeksAfterDue)
        && current.Guardians.Any(g => g.Identity.Number is { } number && parents.Contains(number));

    /// <summary>
    /// Links the case's expected child to <paramref name="number"/> with Folkeregisteret's answer <paramref name="born"/>;
    /// the timeline names the registry's event, never the number.
    /// </summary>
    public static CaseChange<WelfareCase>.Applied Link(
        WelfareCase current, string number, RegistryAnswer.Found born, string eventId, DateTimeOffset now)
    {
        var linked = CaseRules.Event(current, now, CaseEventKinds.RegistryLifeEvent, CaseEventKinds.SystemUser,
            $"Folkeregisteret melder at barnet er født (hendelse {eventId}, R-52): saken og det som er registrert på det ufødte barnet, er koblet til barnets fødselsnummer.");
        var withNumber = current with { Child = current.Child with { Identity = PersonIdentity.OfFnr(number) } };

        // The child is on the case, so Apply always applies the answer.
        var answered = (CaseChange<WelfareCase>.Applied)RegistryRules.Apply(withNumber, withNumber.Child.Id, born, now);
        return new CaseChange<WelfareCase>.Applied(answered.Value, [linked, .. answered.Events]);
    }
}
