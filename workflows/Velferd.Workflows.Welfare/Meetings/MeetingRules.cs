using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Notifications;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Policies;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Meetings;

/// <summary>Scheduling (R-27, R-28, R-75), recording (R-30) and cancelling (R-31) team meetings.</summary>
public static class MeetingRules
{
    /// <summary>The refusal when the written consent does not cover the meeting (R-27), spelled as DOMAIN.md writes it.</summary>
    public const string ConsentMissing = "skriftlig samtykke mangler";

    /// <summary>The most invitees on one meeting.</summary>
    public const int MaxParticipants = 30;

    /// <summary>The longest user name, child's view or summary.</summary>
    public const int MaxTextLength = 4000;

    private const string Prefix = "meeting.";

    /// <summary>
    /// Schedules a meeting on <paramref name="subject"/>. Every input problem at once, keyed <c>meeting.{field}</c>,
    /// a time not after <paramref name="now"/> among them (R-75). A closed case is a conflict; so is a meeting the
    /// written consent does not cover for every service present and category discussed (<see cref="ConsentMissing"/>:
    /// the caller offers an anonymous discussion instead, R-27/R-33). <paramref name="errors"/> may already hold the
    /// caller's own (an unreadable time), so that every error is reported together.
    /// </summary>
    public static CaseChange<Meeting> Schedule(
        WelfareCase subject, MeetingInput input, IReadOnlyList<Consent> consents, WelfarePolicy policy, string by, DateTimeOffset now,
        FieldErrors? errors = null)
    {
        errors ??= new FieldErrors();
        if (input.At is not { } at)
        {
            if (!errors.Contains(Prefix + "at"))
            {
                errors.Add(Prefix + "at", "Tidspunkt mangler.");
            }
        }
        else if (at <= now)
        {
            errors.Add(Prefix + "at", "Et møte kan ikke planlegges i fortiden; et gjennomført møte registreres med «record» (R-75).");
        }

        var services = CodeList.Read(input.Services, ConsentServices.All, Prefix + "services", "tjeneste", errors);
        var categories = CodeList.Read(input.Categories, ConsentCategories.All, Prefix + "categories", "kategori", errors);
        var participants = Participants(input.Participants, errors);
        if (!errors.IsEmpty)
        {
            return new CaseChange<Meeting>.Invalid(errors);
        }

        if (subject.Status == CaseStatus.Closed)
        {
            return new CaseChange<Meeting>.Conflict("Saken er avsluttet.");
        }

        var present = services.Concat(participants.Select(p => p.Service)).Distinct(StringComparer.Ordinal).ToList();
        if (!ConsentCoverage.Check(subject, consents, policy, present, categories, OsloDate.Of(now)).IsCovered)
        {
            return new CaseChange<Meeting>.Conflict(ConsentMissing);
        }

        var meeting = new Meeting
        {
            Id = Ids.New(now),
            CaseId = subject.Id,
            At = input.At!.Value,
            Services = present,
            Categories = categories,
            Participants = participants,
            Status = MeetingStatus.Planned,
            ScheduledAt = now,
            ScheduledBy = by,
        };
        return new CaseChange<Meeting>.Applied(meeting,
            [CaseRules.Event(subject, now, TeamWorkEventKinds.MeetingScheduled, by, $"Møte planlagt {Local(meeting.At)} med {string.Join(", ", present)}.")]);
    }

    /// <summary>
    /// Records a held meeting: who was there and, for a child of 7 or more, the child's view (R-30). Only a planned
    /// meeting whose time has come can be recorded.
    /// </summary>
    public static CaseChange<Meeting> Record(WelfareCase subject, Meeting meeting, MeetingRecordInput input, string by, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (input.ParentsPresent is null)
        {
            errors.Add("parentsPresent", "Oppgi om foreldrene var til stede.");
        }

        if (input.ChildPresent is null)
        {
            errors.Add("childPresent", "Oppgi om barnet var til stede.");
        }

        if (string.IsNullOrWhiteSpace(input.ChildView) && subject.Child.AgeOn(OsloDate.Of(now)) is >= ConsentRules.ChildViewAge)
        {
            errors.Add("childView", $"Barnets syn må føres i møtereferatet når barnet er {ConsentRules.ChildViewAge} år eller eldre (R-30).");
        }

        TextRules.Limit(input.ChildView, "childView", MaxTextLength, errors);
        TextRules.Limit(input.Summary, "summary", MaxTextLength, errors);
        if (!errors.IsEmpty)
        {
            return new CaseChange<Meeting>.Invalid(errors);
        }

        if (meeting.Status != MeetingStatus.Planned)
        {
            return new CaseChange<Meeting>.Conflict(meeting.Status == MeetingStatus.Held ? "Møtet er allerede registrert." : "Møtet er avlyst.");
        }

        if (meeting.At > now)
        {
            return new CaseChange<Meeting>.Conflict("Møtet har ikke funnet sted ennå.");
        }

        var held = meeting with
        {
            Status = MeetingStatus.Held,
            Record = new MeetingRecord(now, by, input.ParentsPresent!.Value, input.ChildPresent!.Value, TextRules.Trimmed(input.ChildView), TextRules.Trimmed(input.Summary)),
        };
        return new CaseChange<Meeting>.Applied(held,
            [CaseRules.Event(subject, now, TeamWorkEventKinds.MeetingHeld, by, $"Møtet {Local(meeting.At)} er gjennomført.")]);
    }

    /// <summary>Cancels a planned meeting by hand; every invitee is told «avlyst», without case details.</summary>
    public static CaseChange<MeetingUpdate> Cancel(WelfareCase subject, Meeting meeting, string? reason, string by, DateTimeOffset now)
    {
        if (reason is { Length: > MaxTextLength })
        {
            return new CaseChange<MeetingUpdate>.Invalid(FieldErrors.Of("reason", $"Begrunnelsen kan være høyst {MaxTextLength} tegn."));
        }

        if (meeting.Status != MeetingStatus.Planned)
        {
            return new CaseChange<MeetingUpdate>.Conflict(meeting.Status == MeetingStatus.Held ? "Møtet er gjennomført." : "Møtet er allerede avlyst.");
        }

        var (cancelled, notices) = Cancelled(meeting, TextRules.Trimmed(reason) ?? "Avlyst.", now);
        return new CaseChange<MeetingUpdate>.Applied(new MeetingUpdate([cancelled], notices),
            [CaseRules.Event(subject, now, TeamWorkEventKinds.MeetingCancelled, by, $"Møtet {Local(meeting.At)} er avlyst.")]);
    }

    /// <summary>
    /// After a withdrawal or narrowing (R-31), an expiry (R-32) or a change of who must consent (R-29): cancels every planned future meeting the remaining
    /// consent no longer covers, and tells its invitees «avlyst» with no case details. Meetings still covered are left
    /// alone. <paramref name="why"/> completes «samtykket er …» in the timeline and the cancel reason.
    /// </summary>
    public static CaseChange<MeetingUpdate> CancelUncovered(
        WelfareCase subject, IReadOnlyList<Meeting> meetings, IReadOnlyList<Consent> consents, WelfarePolicy policy, string by, DateTimeOffset now,
        ConsentEnd why)
    {
        var today = OsloDate.Of(now);
        var cause = why switch
        {
            ConsentEnd.Expired => "utløpt (R-32)",
            ConsentEnd.HoldersChanged => "ikke lenger dekkende etter endret foreldreansvar (R-29)",
            _ => "trukket (R-31)",
        };
        var changed = new List<Meeting>();
        var notices = new List<Notification>();
        var events = new List<CaseEvent>();
        foreach (var meeting in meetings.Where(m => m.Status == MeetingStatus.Planned && m.At > now))
        {
            if (ConsentCoverage.Check(subject, consents, policy, meeting.Services, meeting.Categories, today).IsCovered)
            {
                continue;
            }

            var (cancelled, told) = Cancelled(meeting, $"Samtykket er {cause}.", now);
            changed.Add(cancelled);
            notices.AddRange(told);
            events.Add(CaseRules.Event(subject, now, TeamWorkEventKinds.MeetingCancelled, by, $"Møtet {Local(meeting.At)} er avlyst: samtykket er {cause}."));
        }

        return new CaseChange<MeetingUpdate>.Applied(new MeetingUpdate(changed, notices), events);
    }

    /// <summary>The invitees' notice: «avlyst» and the time, nothing about the case.</summary>
    public static string CancelledText(Meeting meeting) => $"Møtet {Local(meeting.At)} er avlyst.";

    private static (Meeting Cancelled, List<Notification> Notices) Cancelled(Meeting meeting, string reason, DateTimeOffset now)
    {
        var cancelled = meeting with { Status = MeetingStatus.Cancelled, CancelledAt = now, CancelReason = reason };
        var notices = meeting.Participants
            .Select(p => p.User)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select((user, i) => new Notification(Ids.New(now.AddTicks(i)), now, NotificationKinds.MeetingCancelled, user, null, null, CancelledText(meeting)))
            .ToList();
        return (cancelled, notices);
    }

    private static List<MeetingParticipant> Participants(IReadOnlyList<ParticipantInput?>? input, FieldErrors errors)
    {
        var participants = new List<MeetingParticipant>();
        if (input is null)
        {
            return participants;
        }

        if (input.Count > MaxParticipants)
        {
            errors.Add(Prefix + "participants", $"Høyst {MaxParticipants} deltakere.");
            return participants;
        }

        for (var i = 0; i < input.Count; i++)
        {
            var field = $"{Prefix}participants[{i}]";
            var user = input[i]?.User;
            var service = input[i]?.Service;
            var valid = true;
            if (string.IsNullOrWhiteSpace(user) || user.Length > CaseRules.MaxTeamLength)
            {
                errors.Add($"{field}.user", "Brukernavn mangler eller er for langt.");
                valid = false;
            }

            if (service is null || !ConsentServices.All.Contains(service))
            {
                errors.Add($"{field}.service", $"Ukjent tjeneste. Gyldige: {string.Join(", ", ConsentServices.Ordered)}.");
                valid = false;
            }

            if (valid)
            {
                participants.Add(new MeetingParticipant(user!.Trim(), service!));
            }
        }

        return participants;
    }

    private static string Local(DateTimeOffset at) => OsloTime.Format(at);
}
