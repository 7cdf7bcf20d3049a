using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Transitions;

/// <summary>
/// The transition at 18 and ettervern (DOMAIN.md §3.5, R-40–R-45): measures, the decisions that meet the 17 y 6 m
/// deadline (plan, decline, termination vedtak), the 18 gate and the red list, the hard stop at 25. Ages come from the
/// case child's birth date (Folkeregisteret's, R-40), never from the number's digits. Pure: the caller stores the change.
/// </summary>
public static class TransitionRules
{
    /// <summary>Adulthood: the 18 gate (R-41).</summary>
    public const int AdultAge = 18;

    /// <summary>Ettervern ends at 25 and none starts from then (R-44).</summary>
    public const int AftercareLimitAge = 25;

    /// <summary>The appeal information every termination vedtak carries (R-45, R-70; forvaltningsloven § 29).</summary>
    public const string AppealInformation =
        "Du kan klage på vedtaket. Klagen sendes til barneverntjenesten, som sender den videre til Statsforvalteren hvis vedtaket ikke endres. "
        + "Klagefristen er 3 uker fra du mottok vedtaket (forvaltningsloven § 29).";

    private const int MaxText = 4000;

    /// <summary>The day the transition decision is due: 17 years 6 months after birth, added to the birth date at once (R-03).</summary>
    public static DateOnly DecisionDue(DateOnly birthDate) => birthDate.AddMonths((17 * 12) + 6);

    /// <summary>The day to ask again after a decline: 12 months later (R-43, R-03).</summary>
    public static DateOnly AskAgainOn(DateOnly declinedOn) => declinedOn.AddMonths(12);

    /// <summary>Registers a measure on a barnevern case; ettervern only from 18 and never from 25 (R-42, R-44).</summary>
    public static CaseChange<TransitionChange> AddMeasure(WelfareCase subject, string? kind, DateOnly? startDate, string by, DateTimeOffset now, FieldErrors errors)
    {
        var wanted = kind?.Trim();
        if (string.IsNullOrEmpty(wanted))
        {
            errors.Add("kind", "Tiltakstype mangler.");
        }
        else if (!MeasureKinds.All.Contains(wanted))
        {
            errors.Add("kind", $"Ukjent tiltakstype. Bruk {string.Join(", ", MeasureKinds.All)}.");
        }

        if (startDate is null && !errors.Contains("startDate"))
        {
            errors.Add("startDate", "Startdato mangler.");
        }

        if (wanted == MeasureKinds.Aftercare && startDate is { } start && subject.Child.BirthDate is { } born)
        {
            var age = Age.On(born, start);
            if (age >= AftercareLimitAge)
            {
                errors.Add("startDate", "Ettervern kan ikke starte etter fylte 25 år (R-44).");
            }
            else if (age < AdultAge)
            {
                errors.Add("startDate", "Ettervern gjelder fra 18 år; før det registreres hjelpetiltak eller omsorgstiltak.");
            }
        }

        if (!errors.IsEmpty)
        {
            return new CaseChange<TransitionChange>.Invalid(errors);
        }

        if (Refusal(subject, needsBirthDate: wanted == MeasureKinds.Aftercare) is { } refused)
        {
            return refused;
        }

        var measure = new Measure
        {
            Id = Ids.New(now),
            CaseId = subject.Id,
            Kind = wanted!,
            StartDate = startDate!.Value,
            Status = MeasureStatuses.Active,
            CreatedAt = now,
            CreatedBy = by,
            Revision = 1,
        };
        return Applied(new TransitionChange(measure, [], null), CaseRules.Event(subject, now, "tiltak-registrert", by, wanted));
    }

    /// <summary>
    /// Ends one measure. From 18 ending a measure against the young person's wish is an enkeltvedtak (R-45): refused
    /// here, the termination decision ends it; at the young person's own wish it ends with the reason.
    /// </summary>
    public static CaseChange<TransitionChange> EndMeasure(WelfareCase subject, Measure measure, string? reason, bool atOwnWish, string by, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        TextRules.Required(reason, "reason", "Begrunnelse", MaxText, errors);
        if (!errors.IsEmpty)
        {
            return new CaseChange<TransitionChange>.Invalid(errors);
        }

        if (!measure.IsActive)
        {
            return new CaseChange<TransitionChange>.Conflict("Tiltaket er allerede avsluttet.");
        }

        if (!atOwnWish && subject.Child.BirthDate is { } born && Age.On(born, OsloDate.Of(now)) >= AdultAge)
        {
            return new CaseChange<TransitionChange>.Conflict(
                "Å avslutte tiltak ved eller etter 18 år er et enkeltvedtak (R-45): registrer vedtak om opphør med begrunnelse og klageadgang.");
        }

        var ended = End(measure, TextRules.Trimmed(reason)!, null, by, now);
        return Applied(new TransitionChange(null, [ended], null), CaseRules.Event(subject, now, "tiltak-avsluttet", by, measure.Kind));
    }

    /// <summary>Records a signed ettervern plan (R-42): goal, content, intended duration, responsibility, and the young person's consent.</summary>
    public static CaseChange<TransitionChange> Plan(WelfareCase subject, PlanInput input, string by, DateTimeOffset now, FieldErrors errors)
    {
        var today = OsloDate.Of(now);
        NotInFuture(input.SignedOn, "signedOn", today, errors);
        TextRules.Required(input.Goal, "goal", "Mål", MaxText, errors);
        TextRules.Required(input.Content, "content", "Innhold", MaxText, errors);
        TextRules.Required(input.IntendedDuration, "intendedDuration", "Planlagt varighet", 200, errors);
        TextRules.Required(input.Responsibility, "responsibility", "Ansvar", MaxText, errors);
        if (input.YoungPersonConsents != true)
        {
            errors.Add("youngPersonConsents", "Ettervern krever den unges samtykke (R-42).");
        }

        if (!errors.IsEmpty)
        {
            return new CaseChange<TransitionChange>.Invalid(errors);
        }

        if (Refusal(subject, needsBirthDate: true) is { } refused)
        {
            return refused;
        }

        var signed = input.SignedOn ?? today;
        if (Age.On(subject.Child.BirthDate!.Value, signed) >= AftercareLimitAge)
        {
            return new CaseChange<TransitionChange>.Conflict("Ettervern kan ikke gis etter fylte 25 år (R-44).");
        }

        var decision = Decision(subject, TransitionDecisionKinds.Plan, signed, by, now) with
        {
            Goal = TextRules.Trimmed(input.Goal),
            Content = TextRules.Trimmed(input.Content),
            IntendedDuration = TextRules.Trimmed(input.IntendedDuration),
            Responsibility = TextRules.Trimmed(input.Responsibility),
        };
        return Applied(new TransitionChange(null, [], decision), CaseRules.Event(subject, now, "ettervernsplan", by, null));
    }

    /// <summary>The title of the letter on the right to change one's mind (no names or numbers: the archive and the mailbox show it).</summary>
    public const string RightToChangeMindTitle = "Du kan ombestemme deg om ettervern";

    /// <summary>The letter on the right to change one's mind (R-43).</summary>
    public const string RightToChangeMindText =
        "Du har takket nei til ettervern fra barneverntjenesten. Du kan ombestemme deg når som helst fram til du fyller 25 år: "
        + "ta kontakt med barneverntjenesten, så lager vi en plan sammen med deg. Vi spør deg også på nytt om ett år.";

    /// <summary>The title of the termination vedtak.</summary>
    public const string TerminationTitle = "Vedtak om opphør av tiltak";

    /// <summary>The termination vedtak's text; its reasons and appeal information go with it (R-45, R-70).</summary>
    public const string TerminationText = "Barneverntjenesten har vedtatt at tiltakene dine avsluttes.";

    /// <summary>Records the young person's decline (R-43): asked again 12 months later, and told in a letter that they may change their mind.</summary>
    public static CaseChange<TransitionChange> Decline(WelfareCase subject, DateOnly? declinedOn, string? reason, string by, DateTimeOffset now, FieldErrors errors)
    {
        var today = OsloDate.Of(now);
        NotInFuture(declinedOn, "declinedOn", today, errors);
        TextRules.Limit(reason, "reason", MaxText, errors);
        if (!errors.IsEmpty)
        {
            return new CaseChange<TransitionChange>.Invalid(errors);
        }

        if (Refusal(subject, needsBirthDate: false) is { } refused)
        {
            return refused;
        }

        var day = declinedOn ?? today;
        var decision = Decision(subject, TransitionDecisionKinds.Declined, day, by, now) with { Reason = TextRules.Trimmed(reason), AskAgainOn = AskAgainOn(day) };
        var (letters, letterEvents) = LetterRules.ToFamily(subject, LetterKinds.Information, RightToChangeMindTitle, RightToChangeMindText, null, null, by, now);
        return Applied(new TransitionChange(null, [], decision) { Letters = letters, LetterEvents = letterEvents }, CaseRules.Event(subject, now, "ettervern-avslått", by, null));
    }

    /// <summary>
    /// The enkeltvedtak that ends the case's measures at 18 or refuses them after 18 (R-45): reasoned, with appeal
    /// information; every active measure ends with it.
    /// </summary>
    public static CaseChange<TransitionChange> Terminate(
        WelfareCase subject, IReadOnlyList<Measure> measures, DateOnly? decidedOn, string? reason, string by, DateTimeOffset now, FieldErrors errors)
    {
        var today = OsloDate.Of(now);
        NotInFuture(decidedOn, "decidedOn", today, errors);
        TextRules.Required(reason, "reason", "Begrunnelse for vedtaket", MaxText, errors);
        if (!errors.IsEmpty)
        {
            return new CaseChange<TransitionChange>.Invalid(errors);
        }

        if (Refusal(subject, needsBirthDate: false) is { } refused)
        {
            return refused;
        }

        var decision = Decision(subject, TransitionDecisionKinds.Termination, decidedOn ?? today, by, now) with
        {
            Reason = TextRules.Trimmed(reason),
            AppealInformation = AppealInformation,
        };
        var ended = measures.Where(m => m.IsActive).Select(m => End(m, "Vedtak om opphør", decision.Id, by, now)).ToList();
        var (letters, letterEvents) = LetterRules.ToFamily(subject, LetterKinds.Decision, TerminationTitle, TerminationText, decision.Reason, AppealInformation, by, now);
        return Applied(
            new TransitionChange(null, ended, decision) { Letters = letters, LetterEvents = letterEvents },
            CaseRules.Event(subject, now, "vedtak-opphør", by, $"{ended.Count} tiltak"));
    }

    /// <summary>Ends every active measure at 25 (R-44: <c>AVSLUTTET_25_ÅR</c>).</summary>
    public static CaseChange<TransitionChange> EndAtTwentyFive(WelfareCase subject, IReadOnlyList<Measure> measures, string by, DateTimeOffset now)
    {
        if (subject.Child.BirthDate is not { } born || Age.On(born, OsloDate.Of(now)) < AftercareLimitAge)
        {
            return new CaseChange<TransitionChange>.Conflict("Den unge har ikke fylt 25 år.");
        }

        var ended = measures.Where(m => m.IsActive).Select(m => End(m, "Fylt 25 år (R-44)", null, by, now)).ToList();
        return Applied(new TransitionChange(null, ended, null), CaseRules.Event(subject, now, "tiltak-avsluttet-25-år", by, $"{ended.Count} tiltak"));
    }

    /// <summary>
    /// The 18 gate (R-41): a barnevern case whose young person is 18 (and not yet 25) with an active measure and no
    /// transition decision cannot close and is on the red list. Null when nothing blocks.
    /// </summary>
    public static string? GateBlocks(TransitionStanding standing, DateOnly today) =>
        IsOnRedList(standing, today)
            ? "Saken kan ikke avsluttes: den unge har fylt 18 år med aktive tiltak uten beslutning om ettervern (plan, avslag eller vedtak), R-41. Saken står på rødlisten."
            : null;

    /// <summary>True when the case is on the red list on <paramref name="today"/> (R-41).</summary>
    public static bool IsOnRedList(TransitionStanding standing, DateOnly today)
    {
        var age = Age.On(standing.BirthDate, today);
        return standing.CaseOpen
            && age is >= AdultAge and < AftercareLimitAge
            && standing.Measures.Any(m => m.IsActive)
            && standing.Decisions.Count == 0;
    }

    private static CaseChange<TransitionChange>? Refusal(WelfareCase subject, bool needsBirthDate)
    {
        if (subject.Status == CaseStatus.Closed)
        {
            return new CaseChange<TransitionChange>.Conflict("Saken er avsluttet.");
        }

        if (subject.Kind != CaseKind.Barnevern)
        {
            return new CaseChange<TransitionChange>.Conflict("Tiltak, ettervern og overgang ved 18 år hører til en barnevernssak.");
        }

        return needsBirthDate && subject.Child.BirthDate is null
            ? new CaseChange<TransitionChange>.Conflict("Den unges fødselsdato er ikke kjent; den hentes fra Folkeregisteret (R-40).")
            : null;
    }

    private static void NotInFuture(DateOnly? day, string field, DateOnly today, FieldErrors errors)
    {
        if (day > today)
        {
            errors.Add(field, "Datoen kan ikke være fram i tid.");
        }
    }

    private static TransitionDecision Decision(WelfareCase subject, string kind, DateOnly decidedOn, string by, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        CaseId = subject.Id,
        Kind = kind,
        DecidedOn = decidedOn,
        RecordedAt = now,
        RecordedBy = by,
    };

    private static Measure End(Measure measure, string reason, string? decisionId, string by, DateTimeOffset now) => measure with
    {
        Status = MeasureStatuses.Ended,
        EndReason = reason,
        EndedByDecisionId = decisionId,
        EndedAt = now,
        EndedBy = by,
        Revision = measure.Revision + 1,
    };

    private static CaseChange<TransitionChange> Applied(TransitionChange change, CaseEvent happened) => new CaseChange<TransitionChange>.Applied(change, [happened]);
}
