using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Reports;

/// <summary>
/// The melding and investigation rules (DOMAIN.md §3.2): what a registration must hold (never refused over identity,
/// R-58, or consent, R-11), the review (R-12, R-14, R-18), the conclusion (R-18) and the deviation note (R-16).
/// </summary>
public static class ReportRules
{
    /// <summary>The most children one melding may name (as the Fiks IO schema).</summary>
    public const int MaxChildren = 20;

    /// <summary>The most guardians one melding may name.</summary>
    public const int MaxGuardians = 4;

    /// <summary>The longest melding text (as the Fiks IO schema).</summary>
    public const int MaxTextLength = 100000;

    /// <summary>The longest reason or note.</summary>
    public const int MaxReasonLength = 4000;

    /// <summary>The longest role or organisation.</summary>
    public const int MaxReporterFieldLength = 200;

    /// <summary>The length of a fødselsnummer or D-number.</summary>
    public const int MaxNumberLength = 11;

    /// <summary>Days from receipt to the review deadline, and the latest investigation start (R-12, R-14).</summary>
    public const int ReviewDays = 7;

    /// <summary>
    /// Checks a melding's fields (all errors at once). Identity problems of the numbers are not errors (R-58); the
    /// shape of a person is (R-59: a due date only for an unborn child, an unborn child has no number).
    /// </summary>
    public static FieldErrors Validate(ReportInput input, DateTimeOffset now, FieldErrors? errors = null)
    {
        errors ??= new FieldErrors();
        if (input.ReceivedAt is { } received && received > now)
        {
            errors.Add("receivedAt", "Mottatt-tidspunktet kan ikke være fram i tid.");
        }

        if (input.Channel is null || !ReportChannels.All.Contains(input.Channel))
        {
            errors.Add("channel", $"Ukjent kanal. Gyldige: {string.Join(", ", ReportChannels.All)}.");
        }

        if (input.Reporter?.Category is not { } category || !ReporterCategories.All.Contains(category))
        {
            errors.Add("reporter.category", $"Ukjent meldertype. Gyldige: {string.Join(", ", ReporterCategories.All)}.");
        }

        if (input.Reporter?.Role is { Length: > MaxReporterFieldLength })
        {
            errors.Add("reporter.role", $"Rollen kan være høyst {MaxReporterFieldLength} tegn.");
        }

        if (input.Reporter?.Organisation is { Length: > MaxReporterFieldLength })
        {
            errors.Add("reporter.organisation", $"Organisasjonen kan være høyst {MaxReporterFieldLength} tegn.");
        }

        CheckReporterAddress(input.Reporter, errors);

        if (input.Children is not { Count: > 0 } children)
        {
            errors.Add("children", "Meldingen må gjelde minst ett barn.");
        }
        else if (children.Count > MaxChildren)
        {
            errors.Add("children", $"Høyst {MaxChildren} barn i én melding.");
        }
        else
        {
            for (var i = 0; i < children.Count; i++)
            {
                CheckShape(children[i], $"children[{i}]", now, errors);
            }
        }

        var guardians = input.Guardians ?? [];
        if (guardians.Count > MaxGuardians)
        {
            errors.Add("guardians", $"Høyst {MaxGuardians} foresatte.");
        }
        else
        {
            for (var i = 0; i < guardians.Count; i++)
            {
                CheckShape(guardians[i], $"guardians[{i}]", now, errors);
                if (guardians[i]?.Unborn == true)
                {
                    errors.Add($"guardians[{i}]", "En foresatt kan ikke være ufødt.");
                }
            }
        }

        if (string.IsNullOrWhiteSpace(input.Text))
        {
            errors.Add("text", "Meldingens innhold mangler.");
        }
        else if (input.Text.Length > MaxTextLength)
        {
            errors.Add("text", $"Meldingen kan være høyst {MaxTextLength} tegn.");
        }

        return errors;
    }

    // Where the feedback goes (R-17): only a public reporter has an organisation number and only a private one a
    // number of their own; an anonymous reporter gives neither. The child's number is never checked here (R-58).
    private static void CheckReporterAddress(ReporterInput? reporter, FieldErrors errors)
    {
        if (reporter?.OrganisationNumber is { } organisation
            && (reporter.Category != ReporterCategories.Public || !OrganisationNumber.IsValid(organisation.Trim())))
        {
            errors.Add("reporter.organisationNumber", reporter.Category == ReporterCategories.Public
                ? "Organisasjonsnummeret er ikke gyldig (9 siffer med kontrollsiffer)."
                : "Bare en offentlig melder har organisasjonsnummer.");
        }

        if (reporter?.Fnr is { } number
            && (reporter.Category != ReporterCategories.Private || number.Trim() is not { Length: MaxNumberLength } digits || !digits.All(char.IsAsciiDigit)))
        {
            errors.Add("reporter.fnr", reporter.Category == ReporterCategories.Private
                ? "Fødselsnummeret må være 11 siffer."
                : "Bare en privat melder oppgir fødselsnummer.");
        }
    }

    /// <summary>
    /// The person as reported, never refused (R-58): a valid number is identified, an unborn child with a due date is
    /// unborn, anything else (a bad check digit, two numbers, none) is kept as given and marked unresolved.
    /// </summary>
    public static (PersonIdentity Identity, string Status) IdentifyLeniently(PersonInput person, IIdentityNumberValidator validator)
    {
        // A value longer than any identity number cannot be one; it is not kept, the child is simply unidentified.
        if (person.Fnr is { Length: > MaxNumberLength } || person.Dnr is { Length: > MaxNumberLength })
        {
            return (PersonIdentity.OfUnknown(), ChildIdentityStatuses.Unresolved);
        }

        if (person.Unborn == true && person.DueDate is { } due)
        {
            return (PersonIdentity.OfUnborn(due), ChildIdentityStatuses.Unborn);
        }

        if (person is { Fnr: { } fnr, Dnr: null })
        {
            return (PersonIdentity.OfFnr(fnr), PersonRules.IsNumberOfKind(fnr, IdentityKind.Fnr, validator) ? ChildIdentityStatuses.Identified : ChildIdentityStatuses.Unresolved);
        }

        if (person is { Dnr: { } dnr, Fnr: null })
        {
            return (PersonIdentity.OfDnr(dnr), PersonRules.IsNumberOfKind(dnr, IdentityKind.Dnr, validator) ? ChildIdentityStatuses.Identified : ChildIdentityStatuses.Unresolved);
        }

        return person.Fnr is { } first ? (PersonIdentity.OfFnr(first), ChildIdentityStatuses.Unresolved) : (PersonIdentity.OfUnknown(), ChildIdentityStatuses.Unresolved);
    }

    /// <summary>A new record for one child of a melding: awaiting review, or attached to an open investigation (R-19).</summary>
    public static ConcernReport New(
        ReportInput input, string meldingId, int childIndex, string caseId, string municipality, string team,
        (PersonIdentity Identity, string Status) child, Investigation? openInvestigation, string by, DateTimeOffset now) => new()
        {
            Id = Ids.New(now),
            MeldingId = meldingId,
            ChildIndex = childIndex,
            CaseId = caseId,
            Municipality = municipality,
            Team = team,
            Child = child.Identity,
            ChildIdentityStatus = child.Status,
            ReceivedAt = (input.ReceivedAt ?? now).ToUniversalTime(),
            RegisteredAt = now,
            RegisteredBy = by,
            Channel = input.Channel!,
            ReporterCategory = input.Reporter!.Category!,
            ReporterRole = Trimmed(input.Reporter.Role),
            ReporterOrganisation = Trimmed(input.Reporter.Organisation),
            ReporterOrganisationNumber = Trimmed(input.Reporter.OrganisationNumber),
            ReporterNumber = Trimmed(input.Reporter.Fnr),
            Text = input.Text!,
            Acute = input.Acute,
            Status = openInvestigation is null ? ReportStatuses.Received : ReportStatuses.Attached,
            SsbCode = openInvestigation is null ? null : SsbCodes.ReportOngoingInvestigation,
            InvestigationId = openInvestigation?.Id,
        };

    /// <summary>The timeline entry of a registered melding (no text, no name: the timeline is read by the team).</summary>
    public static CaseEvent ReceivedEvent(ConcernReport report) => new(
        TimelineIds.Next(report.RegisteredAt), report.CaseId, report.RegisteredAt,
        report.Status == ReportStatuses.Attached ? ReportEventKinds.Attached : ReportEventKinds.Received, report.RegisteredBy,
        $"Melding ({report.ReporterCategory}, {report.Channel}) mottatt {report.ReceivedAt:yyyy-MM-dd HH:mm}Z"
        + (report.Acute ? ", akutt" : "")
        + (report.ChildIdentityStatus == ChildIdentityStatuses.Unresolved ? $", {ChildIdentityStatuses.Unresolved}" : "")
        + (report.Status == ReportStatuses.Attached ? ", knyttet til pågående undersøkelse (SSB-kode 4)." : "."));

    /// <summary>
    /// The investigation's start date (R-14): the review's date, at the latest the date of receipt + 7 days.
    /// </summary>
    public static DateOnly InvestigationStart(DateTimeOffset receivedAt, DateTimeOffset decidedAt, IBusinessCalendar calendar)
    {
        var decided = calendar.LocalDate(decidedAt);
        var latest = calendar.LocalDate(calendar.AddDays(receivedAt, ReviewDays));
        return decided < latest ? decided : latest;
    }

    /// <summary>
    /// Reviews a melding (R-12): «henlegg» closes it (SSB 1, or 3 with active measures), «undersok» opens an
    /// investigation (SSB 2) starting by R-14, with the id its deadline will carry.
    /// </summary>
    public static CaseChange<ReviewDecision> Review(
        ConcernReport report, bool caseHasOpenInvestigation, string? outcome, string? reason, bool activeMeasures, DateTimeOffset? decidedAt,
        string by, DateTimeOffset now, IBusinessCalendar calendar, FieldErrors? errors = null)
    {
        errors ??= new FieldErrors();
        if (outcome is null || !ReviewOutcomes.All.Contains(outcome))
        {
            errors.Add("outcome", $"Ukjent utfall. Gyldige: {string.Join(", ", ReviewOutcomes.All)}.");
        }

        CheckReason(reason, "reason", errors);
        var decided = decidedAt ?? now;
        if (decided > now)
        {
            errors.Add("decidedAt", "Tidspunktet kan ikke være fram i tid.");
        }
        else if (decided < report.ReceivedAt)
        {
            errors.Add("decidedAt", "Meldingen kan ikke være gjennomgått før den ble mottatt.");
        }

        if (activeMeasures && outcome == ReviewOutcomes.Investigate)
        {
            errors.Add("activeMeasures", "Aktive tiltak gjelder bare henleggelse (SSB-kode 3).");
        }

        if (!errors.IsEmpty)
        {
            return new CaseChange<ReviewDecision>.Invalid(errors);
        }

        if (!report.AwaitsReview)
        {
            return new CaseChange<ReviewDecision>.Conflict($"Meldingen er allerede behandlet ({report.Status}).");
        }

        if (outcome == ReviewOutcomes.Close)
        {
            var closed = report with
            {
                Status = ReportStatuses.Closed,
                SsbCode = activeMeasures ? SsbCodes.ReportClosedActiveMeasures : SsbCodes.ReportClosed,
                ReviewOutcome = outcome,
                ReviewReason = reason!.Trim(),
                ReviewedAt = decided.ToUniversalTime(),
                ReviewedBy = by,
            };
            return new CaseChange<ReviewDecision>.Applied(
                new ReviewDecision(closed, null),
                [Event(report.CaseId, now, ReportEventKinds.Closed, by, $"Melding henlagt etter gjennomgang (SSB-kode {closed.SsbCode}).")]);
        }

        if (caseHasOpenInvestigation)
        {
            return new CaseChange<ReviewDecision>.Conflict("Barnet har allerede en pågående undersøkelse; meldingen knyttes til den.");
        }

        var investigation = new Investigation
        {
            Id = Ids.New(now),
            CaseId = report.CaseId,
            ReportId = report.Id,
            Team = report.Team,
            StartDate = InvestigationStart(report.ReceivedAt, decided, calendar),
            DeadlineId = Ids.New(now),
            CreatedAt = now,
            CreatedBy = by,
        };
        var reviewed = report with
        {
            Status = ReportStatuses.Investigating,
            SsbCode = SsbCodes.ReportInvestigated,
            InvestigationId = investigation.Id,
            ReviewOutcome = outcome,
            ReviewReason = reason!.Trim(),
            ReviewedAt = decided.ToUniversalTime(),
            ReviewedBy = by,
        };
        return new CaseChange<ReviewDecision>.Applied(
            new ReviewDecision(reviewed, investigation),
            [Event(report.CaseId, now, ReportEventKinds.InvestigationStarted, by, $"Undersøkelse åpnet med startdato {investigation.StartDate:yyyy-MM-dd} (SSB-kode 2).")]);
    }

    /// <summary>Concludes an open investigation with an SSB code 1–6 and reasons (R-18).</summary>
    public static CaseChange<Investigation> Conclude(Investigation investigation, int? code, string? reason, string by, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (code is not (>= SsbCodes.FirstConclusion and <= SsbCodes.LastConclusion))
        {
            errors.Add("code", "Konklusjonskoden må være 1–6 (1 tiltak, 2 fylkesnemnd, 3 henlagt etter vurdering, 4 partens ønske, 5 flytting, 6 henvist).");
        }

        CheckReason(reason, "reason", errors);
        if (!errors.IsEmpty)
        {
            return new CaseChange<Investigation>.Invalid(errors);
        }

        if (investigation.Concluded)
        {
            return new CaseChange<Investigation>.Conflict($"Undersøkelsen er allerede konkludert (kode {investigation.ConclusionCode}).");
        }

        var concluded = investigation with { ConclusionCode = code, ConclusionReason = reason!.Trim(), ConcludedAt = now, ConcludedBy = by };
        return new CaseChange<Investigation>.Applied(
            concluded, [Event(investigation.CaseId, now, ReportEventKinds.InvestigationConcluded, by, $"Undersøkelsen konkludert med kode {code} ({SsbCodes.ConclusionEndCode(code!.Value)}).")]);
    }

    /// <summary>
    /// Adds the leader's avviksnotat (R-16): only once the investigation's deadline has passed, since that is what the
    /// note accounts for.
    /// </summary>
    public static CaseChange<Investigation> AddDeviationNote(Investigation investigation, bool deadlinePassed, string? text, string by, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        CheckReason(text, "text", errors);
        if (!errors.IsEmpty)
        {
            return new CaseChange<Investigation>.Invalid(errors);
        }

        if (!deadlinePassed)
        {
            return new CaseChange<Investigation>.Conflict("Undersøkelsesfristen er ikke overskredet; et avviksnotat skrives når fristen er passert.");
        }

        var note = new DeviationNote(Ids.New(now), now, by, text!.Trim());
        return new CaseChange<Investigation>.Applied(
            investigation with { DeviationNotes = [.. investigation.DeviationNotes, note] },
            [Event(investigation.CaseId, now, ReportEventKinds.DeviationNote, by, "Avviksnotat skrevet for overskredet undersøkelsesfrist.")]);
    }

    private static void CheckShape(PersonInput? person, string field, DateTimeOffset now, FieldErrors errors)
    {
        if (person is null)
        {
            errors.Add(field, "Personen mangler.");
            return;
        }

        if (person.Unborn == true && (person.Fnr is not null || person.Dnr is not null))
        {
            errors.Add($"{field}.unborn", "Et ufødt barn har ikke fødselsnummer eller D-nummer (R-59).");
        }

        if (person.Unborn != true && person.DueDate is not null)
        {
            errors.Add($"{field}.dueDate", "Termin kan bare oppgis for et ufødt barn (unborn = true) (R-59).");
        }

        if (person.Unborn == true && person.DueDate is null && !errors.Contains($"{field}.dueDate"))
        {
            errors.Add($"{field}.dueDate", "Termin mangler for ufødt barn.");
        }

        if (person.BirthDate is { } born && born > OsloDate.Of(now))
        {
            errors.Add($"{field}.birthDate", "Fødselsdatoen kan ikke være fram i tid.");
        }

        if (person.Name is { Length: > PersonRules.MaxNameLength })
        {
            errors.Add($"{field}.name", $"Navnet kan være høyst {PersonRules.MaxNameLength} tegn.");
        }
    }

    private static void CheckReason(string? reason, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(field, "Begrunnelse mangler.");
        }
        else if (reason.Length > MaxReasonLength)
        {
            errors.Add(field, $"Teksten kan være høyst {MaxReasonLength} tegn.");
        }
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static CaseEvent Event(string caseId, DateTimeOffset at, string kind, string by, string detail) => new(TimelineIds.Next(at), caseId, at, kind, by, detail);
}
