using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Timeline;
using Velferd.Workflows.Welfare.Transitions;

namespace Velferd.Workflows.Welfare.Cases;

/// <summary>
/// Folds Folkeregisteret's answer for a person into the case: the registered birth date replaces an entered one (R-40),
/// the address protection is kept (R-63), and for the child the holders of parental responsibility become the case's
/// guardians with responsibility (R-28). A number Folkeregisteret does not know is kept and marked (R-58), never
/// removed. Applying the same answer twice changes nothing more.
/// </summary>
public static class RegistryRules
{
    /// <summary>The timeline text for a number Folkeregisteret does not know.</summary>
    public const string NotFoundText = "ikke funnet i Folkeregisteret";

    /// <summary>Applies <paramref name="answer"/> for the person <paramref name="personId"/>; a conflict when there is no such person.</summary>
    public static CaseChange<WelfareCase> Apply(WelfareCase current, string personId, RegistryAnswer answer, DateTimeOffset now)
    {
        var person = current.Persons.FirstOrDefault(p => p.Id == personId);
        if (person is null)
        {
            return new CaseChange<WelfareCase>.Conflict("Personen finnes ikke i saken.");
        }

        var who = person.Role == PersonRole.Child ? "barnet" : "en foresatt";
        var system = CaseEventKinds.SystemUser;
        switch (answer)
        {
            case RegistryAnswer.NotFound:
                return new CaseChange<WelfareCase>.Applied(
                    Replace(current, person with { RegistryStatus = RegistryStatus.NotFound }),
                    [CaseRules.Event(current, now, CaseEventKinds.RegistryNotFound, system, $"Nummeret til {who} er {NotFoundText}: kontroller manuelt.")]);
            case RegistryAnswer.Failed:
                return new CaseChange<WelfareCase>.Applied(
                    Replace(current, person with { RegistryStatus = RegistryStatus.Failed }),
                    [CaseRules.Event(current, now, CaseEventKinds.RegistryUpdated, system, $"Oppslaget i Folkeregisteret for {who} ble gitt opp.")]);
        }

        var found = (RegistryAnswer.Found)answer;
        var updated = person with
        {
            RegistryStatus = RegistryStatus.Found,
            BirthDate = found.BirthDate ?? person.BirthDate,
            BirthDateFromRegistry = found.BirthDate is not null || person.BirthDateFromRegistry,
            AddressProtection = found.AddressProtection,
        };
        var changed = Replace(current, updated);
        if (person.Role == PersonRole.Child && found.ParentalResponsibilityHolders is { } holders)
        {
            changed = WithHolders(changed, holders, now);
        }

        var events = new List<CaseEvent> { CaseRules.Event(current, now, CaseEventKinds.RegistryUpdated, system, $"Folkeregisteret svarte for {who}.") };
        var today = OsloDate.Of(now);
        if (person.Role == PersonRole.Child && updated.AgeOn(today) is { } age && !TargetGroup.Includes(current.Kind, age))
        {
            events.Add(CaseRules.Event(current, now, CaseEventKinds.OutsideTargetGroup, system,
                $"Barnet er {age} år etter Folkeregisteret: utenfor målgruppen (R-75)."));
        }

        return new CaseChange<WelfareCase>.Applied(changed, events);
    }

    /// <summary>
    /// Folkeregisteret reports that parental responsibility for the child changed (R-60 → R-29): the child waits for the
    /// registry again, so the lookup asks for its relations and the holders now, and the timeline says why (with the
    /// registry's event id, no person data, so a replayed event is recognised).
    /// </summary>
    public static CaseChange<WelfareCase>.Applied ParentalResponsibilityChanged(WelfareCase current, string eventId, DateTimeOffset now) => new(
        Replace(current, current.Child with { RegistryStatus = RegistryStatus.Pending }),
        [CaseRules.Event(current, now, CaseEventKinds.ParentalResponsibilityChanged, CaseEventKinds.SystemUser,
            $"Folkeregisteret melder endret foreldreansvar for barnet (hendelse {eventId}): samtykket vurderes på nytt (R-29).")]);

    /// <summary>True when <paramref name="timeline"/> already holds the change reported by the registry's event <paramref name="eventId"/>.</summary>
    public static bool HasHandled(IReadOnlyList<CaseEvent> timeline, string eventId) =>
        timeline.Any(e => e.Kind is CaseEventKinds.ParentalResponsibilityChanged or CaseEventKinds.RegistryLifeEvent && NamesEvent(e.Detail, eventId));

    // The notes name the event as «(hendelse {id})» or, with the rule after it, «(hendelse {id}, R-60)»; the bracket or
    // comma after the id keeps event 12 from matching a note about event 123.
    private static bool NamesEvent(string? detail, string eventId) =>
        detail is not null
        && (detail.Contains($"(hendelse {eventId})", StringComparison.Ordinal) || detail.Contains($"(hendelse {eventId},", StringComparison.Ordinal));

    /// <summary>
    /// What Folkeregisteret's event <paramref name="eventType"/> (<see cref="LifeEvents"/>) about the child does to an
    /// open case (R-60): a death closes it with <c>DØDSFALL</c>; a move out closes it with <c>FLYTTET</c>, except
    /// ettervern (<paramref name="inAftercare"/>), which the municipality keeps after a move (R-42) and only notes.
    /// Null for any other event type.
    /// </summary>
    public static CaseChange<WelfareCase>? LifeEvent(WelfareCase current, string eventType, string eventId, bool inAftercare, DateTimeOffset now)
    {
        var (endCode, what) = LifeEventOutcome(eventType, inAftercare);
        if (what is null)
        {
            return null;
        }

        var noted = CaseRules.Event(current, now, CaseEventKinds.RegistryLifeEvent, CaseEventKinds.SystemUser,
            $"Folkeregisteret melder {what} (hendelse {eventId}, R-60).");
        if (endCode is null)
        {
            return new CaseChange<WelfareCase>.Applied(current, [noted]);
        }

        return CaseRules.Close(current, endCode, $"Folkeregisteret melder {what} (R-60).", CaseEventKinds.SystemUser, now) switch
        {
            CaseChange<WelfareCase>.Applied closed => new CaseChange<WelfareCase>.Applied(closed.Value, [noted, .. closed.Events]),
            var refused => refused,
        };
    }

    /// <summary>True when the case is ettervern the municipality keeps after a move (R-42): an active ettervern measure or a signed plan.</summary>
    public static bool InAftercare(IReadOnlyList<Measure> measures, IReadOnlyList<TransitionDecision> decisions) =>
        measures.Any(m => m.Kind == MeasureKinds.Aftercare && m.IsActive) || decisions.Any(d => d.Kind == TransitionDecisionKinds.Plan);

    private static (string? EndCode, string? What) LifeEventOutcome(string eventType, bool inAftercare) => eventType switch
    {
        LifeEvents.Died => ("DØDSFALL", "at barnet er død"),
        LifeEvents.Moved when inAftercare => (null, "at den unge har flyttet; kommunen beholder ansvaret for ettervernet (R-42)"),
        LifeEvents.Moved => ("FLYTTET", "at barnet har flyttet ut av kommunen"),
        _ => (null, null),
    };

    /// <summary>
    /// Folkeregisteret changed a person's address protection (an <c>Adressebeskyttelse</c> event, R-63): every person
    /// of the case with <paramref name="number"/> gets <paramref name="protection"/> at once, whatever the case's state
    /// (a closed case's persons are still shown). Null when nobody of the case has that number or the grading is
    /// already the new one, so an event read twice changes nothing more.
    /// </summary>
    public static CaseChange<WelfareCase>.Applied? Regrade(WelfareCase current, string number, AddressProtection protection, DateTimeOffset now)
    {
        var changed = current.Persons.Where(p => p.Identity.Number == number && p.AddressProtection != protection).ToList();
        if (changed.Count == 0)
        {
            return null;
        }

        var regraded = changed.Aggregate(current, (c, person) => Replace(c, person with { AddressProtection = protection }));
        var events = changed.Select(person => CaseRules.Event(current, now, CaseEventKinds.RegistryUpdated, CaseEventKinds.SystemUser,
            $"Folkeregisteret endret adressebeskyttelsen for {(person.Role == PersonRole.Child ? "barnet" : "en foresatt")}.")).ToList();
        return new CaseChange<WelfareCase>.Applied(regraded, events);
    }

    private static WelfareCase Replace(WelfareCase current, CasePerson person) => person.Role == PersonRole.Child
        ? current with { Child = person }
        : current with { Guardians = [.. current.Guardians.Select(g => g.Id == person.Id ? person : g)] };

    private static WelfareCase WithHolders(WelfareCase current, IReadOnlyList<string> holders, DateTimeOffset now)
    {
        var guardians = current.Guardians
            .Select(g => g with { HasParentalResponsibility = g.Identity.Number is { } n && holders.Contains(n, StringComparer.Ordinal) })
            .ToList();
        foreach (var holder in holders.Where(h => !guardians.Any(g => g.Identity.Number == h)))
        {
            guardians.Add(new CasePerson
            {
                Id = Ids.New(now),
                Role = PersonRole.Guardian,
                Identity = holder[0] >= '4' ? PersonIdentity.OfDnr(holder) : PersonIdentity.OfFnr(holder),
                HasParentalResponsibility = true,

                // Found through the child's relations; their own person data is asked for next.
                RegistryStatus = RegistryStatus.Pending,
            });
        }

        return current with { Guardians = guardians };
    }
}
