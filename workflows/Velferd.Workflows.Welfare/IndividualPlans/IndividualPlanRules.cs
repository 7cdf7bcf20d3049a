using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.IndividualPlans;

/// <summary>
/// Individual plan, koordinator and barnekoordinator (DOMAIN.md §3.6, R-50–R-54) on an IP case: the request, the
/// decision on the right (a letter either way; a refusal is an appealable vedtak), the person's wish (an IP only if
/// wanted; a koordinator is offered even without one), and the koordinator's appointment, acceptance and leaving. Pure:
/// the caller stores the change and sends its letters.
/// </summary>
public static class IndividualPlanRules
{
    /// <summary>The person is not a child from this age: a barnekoordinator is for a child under 18 or an expected child (R-52).</summary>
    public const int ChildLimitAge = 18;

    /// <summary>Coordinated needs: at least this many services (R-50).</summary>
    public const int CoordinatedServices = 2;

    /// <summary>The appeal information of the decision letter (R-54, R-70).</summary>
    public const string AppealInformation =
        "Du kan klage på vedtaket til Statsforvalteren. Send klagen til kommunen, som vurderer saken på nytt før den sendes videre. "
        + "Klagefristen er 4 uker fra du mottok vedtaket (pasient- og brukerrettighetsloven § 7-2).";

    /// <summary>The title of the decision letter (no names or numbers: the archive and the mailbox show it).</summary>
    public const string DecisionTitle = "Vedtak om individuell plan og koordinator";

    /// <summary>The title of the koordinator offer to a person who declined the IP (R-51).</summary>
    public const string OfferTitle = "Tilbud om koordinator";

    /// <summary>The status of a case whose person declined the IP but keeps the right to a koordinator (R-51).</summary>
    public const string CoordinatorWithoutPlan = "KOORDINATOR_UTEN_IP";

    /// <summary>What the case shows while it has no accepted koordinator after the right was granted (R-53).</summary>
    public const string WithoutCoordinator = "uten koordinator";

    private const int MaxText = 4000;

    /// <summary>The day the right is due: 4 weeks after receipt (R-54 [cfg]).</summary>
    public static DateOnly RightDue(DateOnly receivedOn) => receivedOn.AddDays(28);

    /// <summary>The day a preliminary reply is due when the right is still undecided: a month after receipt (forvaltningsloven § 11 a, R-03).</summary>
    public static DateOnly PreliminaryReplyDue(DateOnly receivedOn) => receivedOn.AddMonths(1);

    /// <summary>Registers the request (step 1 «Behov») on an open IP case; one per case.</summary>
    public static CaseChange<IndividualPlanChange> Request(
        WelfareCase subject, IndividualPlan? existing, RequestInput input, string by, DateTimeOffset now, FieldErrors errors)
    {
        var today = OsloDate.Of(now);
        if (input.ReceivedOn > today)
        {
            errors.Add("receivedOn", "Datoen kan ikke være fram i tid.");
        }

        TextRules.Required(input.Need, "need", "Behov", MaxText, errors);
        var services = (input.Services ?? []).Select(s => s?.Trim() ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
        if (services.Count == 0)
        {
            errors.Add("services", "Oppgi tjenestene behovet gjelder.");
        }
        else if (services.FirstOrDefault(s => !ConsentServices.All.Contains(s)) is { } unknown)
        {
            errors.Add("services", $"Ukjent tjeneste «{unknown}». Gyldige: {string.Join(", ", ConsentServices.Ordered)}.");
        }

        if (input.LongTermNeeds is null)
        {
            errors.Add("longTermNeeds", "Oppgi om behovet er langvarig (R-50).");
        }

        if (!errors.IsEmpty)
        {
            return new CaseChange<IndividualPlanChange>.Invalid(errors);
        }

        if (Refusal(subject) is { } refused)
        {
            return refused;
        }

        if (existing is not null)
        {
            return new CaseChange<IndividualPlanChange>.Conflict("Saken har allerede en søknad om individuell plan og koordinator.");
        }

        var plan = new IndividualPlan
        {
            Id = Ids.New(now),
            CaseId = subject.Id,
            ReceivedOn = input.ReceivedOn ?? today,
            Need = TextRules.Trimmed(input.Need)!,
            Services = services,
            LongTermNeeds = input.LongTermNeeds!.Value,
            CreatedAt = now,
            CreatedBy = by,
            Revision = 1,
        };
        return Applied(new IndividualPlanChange(plan, null), CaseRules.Event(subject, now, "ip-søknad-mottatt", by, $"{services.Count} tjenester"));
    }

    /// <summary>
    /// Decides the right (R-50, R-52, R-54): granted only for long-term needs of at least two services; a refusal needs
    /// reasons. Either way the family gets the decision letter, with the appeal information (R-70).
    /// </summary>
    public static CaseChange<IndividualPlanChange> DecideRight(
        WelfareCase subject, IndividualPlan? plan, bool? granted, DateOnly? decidedOn, string? reason, string by, DateTimeOffset now, FieldErrors errors)
    {
        var today = OsloDate.Of(now);
        if (decidedOn > today)
        {
            errors.Add("decidedOn", "Datoen kan ikke være fram i tid.");
        }

        if (granted is null)
        {
            errors.Add("granted", "Oppgi om retten innvilges.");
        }
        else if (granted == true && plan is not null && !MeetsCriteria(plan))
        {
            errors.Add("granted", "Retten til individuell plan krever langvarige behov for minst to tjenester (R-50); ellers avslås søknaden.");
        }

        if (granted == false)
        {
            TextRules.Required(reason, "reason", "Et avslag er et vedtak og må begrunnes (R-54): begrunnelse", MaxText, errors);
        }
        else
        {
            TextRules.Limit(reason, "reason", MaxText, errors);
        }

        if (!errors.IsEmpty)
        {
            return new CaseChange<IndividualPlanChange>.Invalid(errors);
        }

        if (Refusal(subject) is { } refused)
        {
            return refused;
        }

        if (plan is null)
        {
            return new CaseChange<IndividualPlanChange>.Conflict("Registrer søknaden (behov og tjenester) før retten avgjøres.");
        }

        if (plan.Right is not null)
        {
            return new CaseChange<IndividualPlanChange>.Conflict("Retten er allerede avgjort.");
        }

        var decided = plan with
        {
            Right = granted == true ? RightDecisions.Granted : RightDecisions.Refused,
            RightDecidedOn = decidedOn ?? today,
            RightReason = TextRules.Trimmed(reason),
            Revision = plan.Revision + 1,
        };
        var body = granted == true
            ? "Du har rett til individuell plan og koordinator. En individuell plan lages bare hvis du ønsker det; du får tilbud om koordinator også om du ikke ønsker plan."
            : "Søknaden om individuell plan og koordinator er avslått.";
        var why = decided.RightReason ?? $"Behovene er langvarige og gjelder {plan.Services.Count} tjenester som må samordnes (R-50).";
        var (letters, letterEvents) = LetterRules.ToFamily(subject, LetterKinds.Decision, DecisionTitle, body, why, AppealInformation, by, now);
        var kind = granted == true ? "ip-rett-innvilget" : "ip-rett-avslått";
        return new CaseChange<IndividualPlanChange>.Applied(
            new IndividualPlanChange(decided, null) { Letters = letters, LetterEvents = letterEvents }, [CaseRules.Event(subject, now, kind, by, null)]);
    }

    /// <summary>
    /// Records whether the person wants an IP (R-50: made only if wanted). A decline keeps the right to a koordinator:
    /// the case is <see cref="CoordinatorWithoutPlan"/> and the offer goes out by letter (R-51).
    /// </summary>
    public static CaseChange<IndividualPlanChange> RecordWish(WelfareCase subject, IndividualPlan? plan, bool? wanted, string by, DateTimeOffset now)
    {
        if (wanted is null)
        {
            var errors = new FieldErrors();
            errors.Add("wanted", "Oppgi om personen ønsker individuell plan.");
            return new CaseChange<IndividualPlanChange>.Invalid(errors);
        }

        if (Refusal(subject) is { } refused)
        {
            return refused;
        }

        if (plan?.IsGranted != true)
        {
            return new CaseChange<IndividualPlanChange>.Conflict("Retten til individuell plan er ikke innvilget.");
        }

        if (plan.Wanted is not null)
        {
            return new CaseChange<IndividualPlanChange>.Conflict("Ønsket om individuell plan er allerede registrert.");
        }

        var recorded = plan with { Wanted = wanted, WishRecordedAt = now, Revision = plan.Revision + 1 };
        if (wanted == true)
        {
            return Applied(new IndividualPlanChange(recorded, null), CaseRules.Event(subject, now, "ip-ønsket", by, null));
        }

        var (letters, letterEvents) = LetterRules.ToFamily(
            subject,
            LetterKinds.Information,
            OfferTitle,
            "Du har sagt nei til individuell plan. Du har likevel rett til en koordinator som hjelper deg å samordne tjenestene (pasient- og brukerrettighetsloven § 2-5 b). Vi tar kontakt om hvem det blir.",
            null,
            null,
            by,
            now);
        return new CaseChange<IndividualPlanChange>.Applied(
            new IndividualPlanChange(recorded, null) { Letters = letters, LetterEvents = letterEvents },
            [CaseRules.Event(subject, now, "ip-avslått-koordinator-tilbudt", by, CoordinatorWithoutPlan)]);
    }

    /// <summary>
    /// Appoints a koordinator or barnekoordinator (R-51–R-53): after the right and the wish, one at a time; a
    /// barnekoordinator only for a child under 18 or an expected child (R-52). It counts once the user accepts.
    /// </summary>
    public static CaseChange<IndividualPlanChange> Appoint(
        WelfareCase subject, IndividualPlan? plan, IReadOnlyList<Coordinator> coordinators, string? user, bool userKnown, string? kind, string by, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(user))
        {
            errors.Add("user", "Brukernavn mangler.");
        }
        else if (!userKnown)
        {
            errors.Add("user", "Ukjent bruker.");
        }

        var wanted = kind?.Trim();
        if (wanted is null || !CoordinatorKinds.All.Contains(wanted))
        {
            errors.Add("kind", $"Bruk {string.Join(" eller ", CoordinatorKinds.All)}.");
        }
        else if (wanted == CoordinatorKinds.ChildCoordinator && !IsChildOrExpected(subject, OsloDate.Of(now)))
        {
            errors.Add("kind", "Barnekoordinator gis familier som har eller venter et barn under 18 år (R-52).");
        }

        if (!errors.IsEmpty)
        {
            return new CaseChange<IndividualPlanChange>.Invalid(errors);
        }

        if (Refusal(subject) is { } refused)
        {
            return refused;
        }

        if (plan?.IsGranted != true)
        {
            return new CaseChange<IndividualPlanChange>.Conflict("Retten til koordinator er ikke innvilget.");
        }

        if (plan.Wanted is null)
        {
            return new CaseChange<IndividualPlanChange>.Conflict("Registrer først om personen ønsker individuell plan; koordinator tilbys uansett (R-51).");
        }

        if (coordinators.Any(c => c.IsCurrent))
        {
            return new CaseChange<IndividualPlanChange>.Conflict("Saken har allerede en koordinator; én om gangen (R-53). Den som er oppnevnt må slutte først.");
        }

        var appointed = new Coordinator
        {
            Id = Ids.New(now),
            CaseId = subject.Id,
            User = user!.Trim(),
            Kind = wanted!,
            Status = CoordinatorStatuses.Offered,
            AppointedAt = now,
            AppointedBy = by,
            Revision = 1,
        };
        return Applied(new IndividualPlanChange(null, appointed), CaseRules.Event(subject, now, "koordinator-oppnevnt", by, wanted));
    }

    /// <summary>The appointed user accepts (R-53): from now on the case has a koordinator. Only that user may accept.</summary>
    public static CaseChange<IndividualPlanChange> Accept(WelfareCase subject, Coordinator coordinator, string by, DateTimeOffset now)
    {
        if (Refusal(subject) is { } refused)
        {
            return refused;
        }

        if (!string.Equals(coordinator.User, by, StringComparison.OrdinalIgnoreCase))
        {
            return new CaseChange<IndividualPlanChange>.Conflict("Bare den som er oppnevnt kan akseptere oppdraget.");
        }

        if (coordinator.Status != CoordinatorStatuses.Offered)
        {
            return new CaseChange<IndividualPlanChange>.Conflict("Oppdraget er ikke lenger tilbudt.");
        }

        var accepted = coordinator with { Status = CoordinatorStatuses.Active, AcceptedAt = now, Revision = coordinator.Revision + 1 };
        return Applied(new IndividualPlanChange(null, accepted), CaseRules.Event(subject, now, "koordinator-akseptert", by, coordinator.Kind));
    }

    /// <summary>The koordinator leaves (or the offer is withdrawn): the case is «uten koordinator» until a successor accepts (R-53).</summary>
    public static CaseChange<IndividualPlanChange> Leave(WelfareCase subject, Coordinator coordinator, string? reason, string by, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        TextRules.Required(reason, "reason", "Årsak", MaxText, errors);
        if (!errors.IsEmpty)
        {
            return new CaseChange<IndividualPlanChange>.Invalid(errors);
        }

        if (Refusal(subject) is { } refused)
        {
            return refused;
        }

        if (!coordinator.IsCurrent)
        {
            return new CaseChange<IndividualPlanChange>.Conflict("Koordinatoren har allerede sluttet.");
        }

        var left = coordinator with { Status = CoordinatorStatuses.Left, LeftAt = now, LeaveReason = TextRules.Trimmed(reason), Revision = coordinator.Revision + 1 };
        return Applied(new IndividualPlanChange(null, left), CaseRules.Event(subject, now, "koordinator-sluttet", by, WithoutCoordinator));
    }

    /// <summary>Where the case stands: the right, the wish, the accepted koordinator and «uten koordinator» (R-50–R-54).</summary>
    public static IndividualPlanStanding Standing(IndividualPlan? plan, IReadOnlyList<Coordinator> coordinators)
    {
        var active = coordinators.LastOrDefault(c => c.Status == CoordinatorStatuses.Active);
        var status = plan switch
        {
            null => "INGEN_SØKNAD",
            { Right: null } => "VENTER_PÅ_VEDTAK",
            { Right: RightDecisions.Refused } => "AVSLÅTT_VILKÅR_IKKE_OPPFYLT",
            { Wanted: null } => "VENTER_PÅ_ØNSKE",
            { Wanted: true } => "INDIVIDUELL_PLAN",
            _ => CoordinatorWithoutPlan,
        };
        var without = plan?.IsGranted == true && active is null;
        return new IndividualPlanStanding(status, active, without ? WithoutCoordinator : null);
    }

    /// <summary>R-50: long-term needs of at least two services.</summary>
    public static bool MeetsCriteria(IndividualPlan plan) => plan.LongTermNeeds && plan.Services.Count >= CoordinatedServices;

    private static bool IsChildOrExpected(WelfareCase subject, DateOnly today) =>
        subject.Child.Identity.Kind == IdentityKind.Unborn || subject.Child.AgeOn(today) is null or < ChildLimitAge;

    private static CaseChange<IndividualPlanChange>? Refusal(WelfareCase subject)
    {
        if (subject.Status == CaseStatus.Closed)
        {
            return new CaseChange<IndividualPlanChange>.Conflict("Saken er avsluttet.");
        }

        return subject.Kind != CaseKind.IndividualPlan
            ? new CaseChange<IndividualPlanChange>.Conflict("Individuell plan og koordinator hører til en IP-sak.")
            : null;
    }

    private static CaseChange<IndividualPlanChange> Applied(IndividualPlanChange change, CaseEvent happened) =>
        new CaseChange<IndividualPlanChange>.Applied(change, [happened]);
}
