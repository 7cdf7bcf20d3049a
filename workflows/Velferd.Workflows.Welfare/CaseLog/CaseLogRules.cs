using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Meetings;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Policies;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.CaseLog;

/// <summary>
/// Who may read and write a case's stafettlogg, and what an entry must hold. Only with consent (DOMAIN.md §2, R-27):
/// a user reads and writes it only as a member of the case for a service the consent now covers (<c>GYLDIG</c> for
/// every category given to it); when the consent is withdrawn or expires, that access ends by itself. A closed case's
/// log is frozen.
/// </summary>
public static class CaseLogRules
{
    /// <summary>The longest entry text.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>The lowest and highest goal attainment [cfg: 1–5].</summary>
    public const int MinAttainment = 1, MaxAttainment = 5;

    /// <summary>The refusal on a closed case.</summary>
    public const string Frozen = "Stafettloggen er frosset: saken er avsluttet.";

    /// <summary>
    /// The services <paramref name="user"/> may read the log for: their services as a member of the case that the
    /// consent covers today. Empty means no access.
    /// </summary>
    public static IReadOnlyList<string> ReadableServices(
        WelfareCase subject, IReadOnlyList<Consent> consents, WelfarePolicy policy, string user, DateOnly today) =>
        [.. subject.Members
            .Where(m => string.Equals(m.User, user, StringComparison.OrdinalIgnoreCase))
            .Select(m => m.Service)
            .Distinct(StringComparer.Ordinal)
            .Where(service => ConsentCoverage.ServiceIsCovered(subject, consents, policy, service, today))];

    /// <summary>True when <paramref name="user"/> may read the log now.</summary>
    public static bool MayRead(WelfareCase subject, IReadOnlyList<Consent> consents, WelfarePolicy policy, string user, DateOnly today) =>
        ReadableServices(subject, consents, policy, user, today).Count > 0;

    /// <summary>
    /// Writes an entry. Every input problem at once: a known kind and a text; for a measure a responsible service the
    /// consent covers, a due date and a known status; for an evaluation a goal attainment 1–5; a meeting entry's
    /// meeting must be one of the case's. A closed case is a conflict (<see cref="Frozen"/>); so is a case at level 0.
    /// The caller checks first that the writer <see cref="MayRead"/>. <paramref name="errors"/> may already hold the
    /// caller's own (an unreadable date), so that every error is reported together.
    /// </summary>
    public static CaseChange<CaseLogEntry> Add(
        WelfareCase subject, CaseLogEntryInput input, IReadOnlyList<Consent> consents, IReadOnlyList<Meeting> meetings,
        WelfarePolicy policy, string by, DateTimeOffset now, FieldErrors? errors = null)
    {
        errors ??= new FieldErrors();
        var kind = input.Kind;
        if (kind is null || !CaseLogEntryKinds.All.Contains(kind))
        {
            errors.Add("kind", $"Ukjent type. Gyldige: {string.Join(", ", CaseLogEntryKinds.All)}.");
        }

        TextRules.Required(input.Text, "text", "Tekst", MaxTextLength, errors);
        var today = OsloDate.Of(now);
        if (kind == CaseLogEntryKinds.Measure)
        {
            if (input.ResponsibleService is not { } service || !ConsentServices.All.Contains(service))
            {
                errors.Add("responsibleService", $"Ansvarlig tjeneste mangler eller er ukjent. Gyldige: {string.Join(", ", ConsentServices.Ordered)}.");
            }
            else if (!ConsentCoverage.ServiceIsCovered(subject, consents, policy, service, today))
            {
                errors.Add("responsibleService", $"Samtykket dekker ikke {service}; tiltaket kan ikke føres på en tjeneste uten samtykke (R-27).");
            }

            if (input.DueDate is null && !errors.Contains("dueDate"))
            {
                errors.Add("dueDate", "Frist mangler for tiltaket.");
            }

            if (input.Status is not null && !MeasureStatus.All.Contains(input.Status))
            {
                errors.Add("status", $"Ukjent status. Gyldige: {string.Join(", ", MeasureStatus.All)}.");
            }
        }
        else
        {
            NotForKind(input.ResponsibleService is not null, "responsibleService", errors);
            NotForKind(input.DueDate is not null, "dueDate", errors);
            NotForKind(input.Status is not null, "status", errors);
        }

        if (kind == CaseLogEntryKinds.Evaluation)
        {
            if (input.GoalAttainment is not (>= MinAttainment and <= MaxAttainment))
            {
                errors.Add("goalAttainment", $"Måloppnåelse må være fra {MinAttainment} til {MaxAttainment}.");
            }
        }
        else
        {
            NotForKind(input.GoalAttainment is not null, "goalAttainment", errors);
        }

        if (input.MeetingId is not null && (kind != CaseLogEntryKinds.Meeting || !meetings.Any(m => m.Id == input.MeetingId && m.CaseId == subject.Id)))
        {
            errors.Add("meetingId", "Møtet finnes ikke i saken, eller typen er ikke «meeting».");
        }

        if (!errors.IsEmpty)
        {
            return new CaseChange<CaseLogEntry>.Invalid(errors);
        }

        if (subject.Status == CaseStatus.Closed)
        {
            return new CaseChange<CaseLogEntry>.Conflict(Frozen);
        }

        if (subject.Kind == CaseKind.Bti && subject.Level < 1)
        {
            return new CaseChange<CaseLogEntry>.Conflict("Stafettlogg føres fra nivå 1.");
        }

        var entry = new CaseLogEntry
        {
            Id = Ids.New(now),
            CaseId = subject.Id,
            Kind = kind!,
            Text = input.Text!.Trim(),
            ResponsibleService = input.ResponsibleService,
            DueDate = input.DueDate,
            Status = kind == CaseLogEntryKinds.Measure ? input.Status ?? MeasureStatus.Planned : null,
            MeetingId = input.MeetingId,
            GoalAttainment = input.GoalAttainment,
            At = now,
            By = by,
        };
        return new CaseChange<CaseLogEntry>.Applied(entry,
            [CaseRules.Event(subject, now, TeamWorkEventKinds.LogEntryAdded, by, $"Ny innføring i stafettloggen: {entry.Kind}.")]);
    }

    private static void NotForKind(bool given, string field, FieldErrors errors)
    {
        if (given)
        {
            errors.Add(field, "Feltet gjelder ikke for denne typen innføring.");
        }
    }
}
