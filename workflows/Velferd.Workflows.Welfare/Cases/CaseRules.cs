using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Cases;

/// <summary>Registering, staffing and closing a case, with the rules that apply (R-56, R-57, R-75).</summary>
public static class CaseRules
{
    /// <summary>The longest team name.</summary>
    public const int MaxTeamLength = 100;

    /// <summary>The longest question or close reason.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>The most guardians on one case.</summary>
    public const int MaxGuardians = 4;

    /// <summary>
    /// Registers a case. Every problem is reported at once; a person whose known birth date puts them outside the target
    /// group (R-75) is refused on <c>child</c>. <paramref name="errors"/> may already hold the caller's own (e.g. unreadable
    /// dates), so that every error is reported together. With <paramref name="lookUpPersons"/> every person with a number
    /// waits for Folkeregisteret (<see cref="RegistryStatus.Pending"/>) until the lookup has answered.
    /// </summary>
    public static CaseChange<WelfareCase> Open(
        NewCaseInput input, string municipality, string by, DateTimeOffset now, IIdentityNumberValidator validator, FieldErrors? errors = null,
        bool lookUpPersons = false)
    {
        errors ??= new FieldErrors();
        if (input.Kind is null || !CaseKind.All.Contains(input.Kind))
        {
            errors.Add("kind", $"Ukjent sakstype. Gyldige: {string.Join(", ", CaseKind.All)}.");
        }

        if (string.IsNullOrWhiteSpace(input.Team))
        {
            errors.Add("team", "Team mangler.");
        }
        else if (input.Team.Length > MaxTeamLength)
        {
            errors.Add("team", $"Teamnavnet kan være høyst {MaxTeamLength} tegn.");
        }

        if (input.Level is { } level && input.Kind == CaseKind.Bti && level is < 0 or > 3)
        {
            errors.Add("level", "Nivå må være 0, 1, 2 eller 3.");
        }
        else if (input.Level is not null && input.Kind is not null && input.Kind != CaseKind.Bti && CaseKind.All.Contains(input.Kind))
        {
            errors.Add("level", "Nivå gjelder bare BTI-saker.");
        }

        if (input.Question is { Length: > MaxTextLength })
        {
            errors.Add("question", $"Spørsmålet kan være høyst {MaxTextLength} tegn.");
        }

        var childIdentity = PersonRules.Identify(input.Child, "child", errors, validator);
        var today = OsloDate.Of(now);
        if (childIdentity is not null && input.Child!.BirthDate is { } born)
        {
            if (born > today)
            {
                errors.Add("child.birthDate", "Fødselsdatoen kan ikke være fram i tid.");
            }
            else if (input.Kind is not null && CaseKind.All.Contains(input.Kind) && !TargetGroup.Includes(input.Kind, Age.On(born, today)))
            {
                errors.Add("child", $"Personen er {Age.On(born, today)} år: utenfor målgruppen 0–{TargetGroup.FirstAgeOutside(input.Kind) - 1} år (R-75).");
            }
        }

        var guardians = input.Guardians ?? [];
        if (guardians.Count > MaxGuardians)
        {
            errors.Add("guardians", $"Høyst {MaxGuardians} foresatte.");
        }

        var guardianIdentities = guardians.Select((g, i) => GuardianIdentity(g, $"guardians[{i}]", childIdentity, errors, validator)).ToList();
        if (!errors.IsEmpty)
        {
            return new CaseChange<WelfareCase>.Invalid(errors);
        }

        var id = Ids.New(now);
        var created = new WelfareCase
        {
            Id = id,
            Municipality = municipality,
            Kind = input.Kind!,
            Level = input.Kind == CaseKind.Bti ? input.Level ?? 0 : null,
            Team = input.Team!.Trim(),
            Question = input.Question,
            Status = CaseStatus.Open,
            CreatedAt = now,
            CreatedBy = by,
            Child = NewPerson(PersonRole.Child, childIdentity!, input.Child!, now, lookUpPersons),
            Guardians = [.. guardians.Select((g, i) => NewPerson(PersonRole.Guardian, guardianIdentities[i]!, g!, now, lookUpPersons))],
        };
        return new CaseChange<WelfareCase>.Applied(created, [Event(created, now, CaseEventKinds.Created, by, $"{created.Kind}-sak registrert for team {created.Team}.")]);
    }

    /// <summary>
    /// Opens a barnevern case for a melding's child (R-10, R-58): the persons are taken as reported, whatever their
    /// identifiers, because a melding is never refused and the identity is clarified afterwards.
    /// </summary>
    public static CaseChange<WelfareCase>.Applied OpenForReport(
        (PersonIdentity Identity, PersonInput Input) child, IReadOnlyList<(PersonIdentity Identity, PersonInput Input)> guardians,
        string municipality, string team, string by, DateTimeOffset now)
    {
        var created = new WelfareCase
        {
            Id = Ids.New(now),
            Municipality = municipality,
            Kind = CaseKind.Barnevern,
            Team = team,
            Status = CaseStatus.Open,
            CreatedAt = now,
            CreatedBy = by,
            Child = NewPerson(PersonRole.Child, child.Identity, child.Input, now, lookUp: false),
            Guardians = [.. guardians.Select(g => NewPerson(PersonRole.Guardian, g.Identity, g.Input, now, lookUp: false))],
        };
        return new CaseChange<WelfareCase>.Applied(created, [Event(created, now, CaseEventKinds.Created, by, $"{created.Kind}-sak registrert for team {created.Team} fra en melding.")]);
    }

    /// <summary>Adds a team member for a service; refused on a closed case and for a user already on it for that service.</summary>
    public static CaseChange<WelfareCase> AddMember(WelfareCase current, string? user, string? service, string by, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(user))
        {
            errors.Add("user", "Brukernavn mangler.");
        }
        else if (user.Length > MaxTeamLength)
        {
            errors.Add("user", $"Brukernavnet kan være høyst {MaxTeamLength} tegn.");
        }

        if (service is null || !ConsentServices.All.Contains(service))
        {
            errors.Add("service", $"Ukjent tjeneste. Gyldige: {string.Join(", ", ConsentServices.All)}.");
        }

        if (!errors.IsEmpty)
        {
            return new CaseChange<WelfareCase>.Invalid(errors);
        }

        if (current.Status == CaseStatus.Closed)
        {
            return new CaseChange<WelfareCase>.Conflict("Saken er avsluttet.");
        }

        if (current.Members.Any(m => string.Equals(m.User, user, StringComparison.OrdinalIgnoreCase) && m.Service == service))
        {
            return new CaseChange<WelfareCase>.Conflict($"{user} er allerede med i saken for {service}.");
        }

        var changed = current with { Members = [.. current.Members, new CaseMember(user!.Trim(), service!, now, by)] };
        return new CaseChange<WelfareCase>.Applied(changed, [Event(current, now, CaseEventKinds.MemberAdded, by, $"{user} lagt til for {service}.")]);
    }

    /// <summary>Closes an open case with an end code of DOMAIN.md §6 and a reason.</summary>
    public static CaseChange<WelfareCase> Close(WelfareCase current, string? endCode, string? reason, string by, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (endCode is null || !EndCodes.All.Contains(endCode))
        {
            errors.Add("endCode", "Ukjent sluttkode.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add("reason", "Begrunnelse mangler.");
        }
        else if (reason.Length > MaxTextLength)
        {
            errors.Add("reason", $"Begrunnelsen kan være høyst {MaxTextLength} tegn.");
        }

        if (!errors.IsEmpty)
        {
            return new CaseChange<WelfareCase>.Invalid(errors);
        }

        if (current.Status == CaseStatus.Closed)
        {
            return new CaseChange<WelfareCase>.Conflict($"Saken er allerede avsluttet ({current.EndCode}).");
        }

        var closed = current with { Status = CaseStatus.Closed, EndCode = endCode, CloseReason = reason, ClosedAt = now };
        return new CaseChange<WelfareCase>.Applied(closed, [Event(current, now, CaseEventKinds.Closed, by, $"Avsluttet: {endCode}.")]);
    }

    /// <summary>
    /// Moves an open BTI case to another level 0–3 (P1 step 6: work goes on at level 1, or with the team at 2–3); from
    /// level 1 the case has a stafettholder (R-35), the user who registered it until a hand-over is accepted.
    /// </summary>
    public static CaseChange<WelfareCase> ChangeLevel(WelfareCase current, int level, string? reason, string by, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (current.Kind != CaseKind.Bti)
        {
            errors.Add("level", "Nivå gjelder bare BTI-saker.");
        }
        else if (level is < 0 or > 3)
        {
            errors.Add("level", "Nivå må være 0, 1, 2 eller 3.");
        }

        TextRules.Limit(reason, "reason", MaxTextLength, errors);
        if (!errors.IsEmpty)
        {
            return new CaseChange<WelfareCase>.Invalid(errors);
        }

        if (current.Status == CaseStatus.Closed)
        {
            return new CaseChange<WelfareCase>.Conflict($"Saken er avsluttet ({current.EndCode}).");
        }

        var detail = TextRules.Trimmed(reason) is { } why ? $"Nivå {current.Level} → {level}: {why}" : $"Nivå {current.Level} → {level}.";
        return new CaseChange<WelfareCase>.Applied(current with { Level = level }, [Event(current, now, CaseEventKinds.LevelChanged, by, detail)]);
    }

    /// <summary>A timeline event on <paramref name="subject"/>.</summary>
    public static CaseEvent Event(WelfareCase subject, DateTimeOffset at, string kind, string by, string? detail) =>
        new(TimelineIds.Next(at), subject.Id, at, kind, by, detail);

    private static PersonIdentity? GuardianIdentity(
        PersonInput? input, string field, PersonIdentity? child, FieldErrors errors, IIdentityNumberValidator validator)
    {
        if (input?.Unborn == true)
        {
            errors.Add(field, "En foresatt kan ikke være ufødt.");
            return null;
        }

        var identity = PersonRules.Identify(input, field, errors, validator);
        if (identity is not null && child is not null && identity.IsSamePersonAs(child))
        {
            errors.Add(field, "Den foresatte kan ikke være barnet selv.");
            return null;
        }

        return identity;
    }

    private static CasePerson NewPerson(PersonRole role, PersonIdentity identity, PersonInput input, DateTimeOffset now, bool lookUp) => new()
    {
        Id = Ids.New(now),
        Role = role,
        Identity = identity,
        Name = input.Name?.Trim(),
        BirthDate = input.BirthDate,
        BirthDateFromRegistry = false,
        AddressProtection = AddressProtection.None,

        // Guardians named by the caller count as holders of parental responsibility until Folkeregisteret says otherwise.
        HasParentalResponsibility = role == PersonRole.Guardian,
        // A numbered person waits for the lookup through the outbox (RegistryLookup), which folds the answer in with
        // RegistryRules; without it (a melding's persons, or the lookup switched off) nobody is asked.
        RegistryStatus = lookUp && identity.Number is not null ? RegistryStatus.Pending : RegistryStatus.NotLookedUp,
    };
}
