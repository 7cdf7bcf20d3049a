using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Notifications;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Batons;

/// <summary>
/// The stafettholder (baton holder) of a case. An open BTI case at level 1 or more has exactly one: the
/// user who registered it until a hand-over is accepted, then the successor of the last accepted hand-over. Deriving
/// the holder from the accepted offers means there is never «ingen stafettholder» and never two, at any moment.
/// </summary>
public static class BatonRules
{
    /// <summary>Working days an offer may stay unanswered before the old holder is reminded and the coordinator alerted (R-36) [cfg].</summary>
    public const int DefaultReminderWorkingDays = 10;

    /// <summary>True when the case has a stafettholder: a BTI case at level 1 or more .</summary>
    public static bool HasBaton(WelfareCase subject) => subject.Kind == CaseKind.Bti && subject.Level >= 1;

    /// <summary>The holder now, or null for a case without a baton (level 0, other kinds).</summary>
    public static string? HolderOf(WelfareCase subject, IReadOnlyList<Handover> handovers)
    {
        if (!HasBaton(subject))
        {
            return null;
        }

        var lastAccepted = handovers
            .Where(h => h.CaseId == subject.Id && h.Status == HandoverStatus.Accepted)
            .OrderBy(h => h.DecidedAt)
            .LastOrDefault();
        return lastAccepted?.ToUser ?? subject.CreatedBy;
    }

    /// <summary>The offer waiting for an answer, if any (there is at most one).</summary>
    public static Handover? PendingOffer(IReadOnlyList<Handover> handovers) => handovers.LastOrDefault(h => h.Status == HandoverStatus.Offered);

    /// <summary>
    /// Offers the baton to <paramref name="toUser"/>. Refused on a closed case, a case without a baton, to the holder
    /// themself, and while another offer waits for an answer. The reminder falls <paramref name="reminderWorkingDays"/>
    /// working days after the offer, at its time of day (R-05, by <paramref name="calendar"/>).
    /// </summary>
    public static CaseChange<HandoverUpdate> Offer(
        WelfareCase subject, IReadOnlyList<Handover> handovers, string? toUser, string by, DateTimeOffset now,
        IBusinessCalendar calendar, int reminderWorkingDays = DefaultReminderWorkingDays)
    {
        if (string.IsNullOrWhiteSpace(toUser) || toUser.Length > CaseRules.MaxTeamLength)
        {
            return new CaseChange<HandoverUpdate>.Invalid(FieldErrors.Of("toUser", "Brukernavnet til den som skal overta mangler eller er for langt."));
        }

        if (subject.Status == CaseStatus.Closed)
        {
            return new CaseChange<HandoverUpdate>.Conflict("Saken er avsluttet.");
        }

        var holder = HolderOf(subject, handovers);
        if (holder is null)
        {
            return new CaseChange<HandoverUpdate>.Conflict("Saken har ingen stafettholder (bare BTI-saker på nivå 1–3 har det).");
        }

        var successor = toUser.Trim();
        if (string.Equals(successor, holder, StringComparison.OrdinalIgnoreCase))
        {
            return new CaseChange<HandoverUpdate>.Conflict($"{successor} er allerede stafettholder.");
        }

        if (PendingOffer(handovers) is not null)
        {
            return new CaseChange<HandoverUpdate>.Conflict("Et tilbud om å overta stafetten venter allerede på svar.");
        }

        var offer = new Handover
        {
            Id = Ids.New(now),
            CaseId = subject.Id,
            FromUser = holder,
            ToUser = successor,
            OfferedAt = now,
            OfferedBy = by,
            // Stored as a UTC instant: the calendar answers in Oslo time, which PostgreSQL's timestamptz refuses.
            RemindAt = calendar.AddWorkingDays(now, reminderWorkingDays).ToUniversalTime(),
            Status = HandoverStatus.Offered,
        };
        Notification[] told = [new(Ids.New(now), now, NotificationKinds.HandoverOffered, successor, null, subject.Id, "Du er tilbudt å overta stafetten i en sak.")];
        return new CaseChange<HandoverUpdate>.Applied(new HandoverUpdate(offer, told),
            [CaseRules.Event(subject, now, TeamWorkEventKinds.HandoverOffered, by, $"Stafetten er tilbudt {successor}; {holder} er stafettholder til tilbudet er akseptert.")]);
    }

    /// <summary>The successor accepts: from now they are the holder. Only the successor may answer, and only once.</summary>
    public static CaseChange<HandoverUpdate> Accept(WelfareCase subject, Handover offer, string by, DateTimeOffset now) =>
        Answer(subject, offer, by, now, HandoverStatus.Accepted, TeamWorkEventKinds.HandoverAccepted, $"{offer.ToUser} har overtatt stafetten fra {offer.FromUser}.");

    /// <summary>The successor declines: nothing changes, the old holder stays holder.</summary>
    public static CaseChange<HandoverUpdate> Decline(WelfareCase subject, Handover offer, string by, DateTimeOffset now) =>
        Answer(subject, offer, by, now, HandoverStatus.Declined, TeamWorkEventKinds.HandoverDeclined, $"{offer.ToUser} har avslått å overta stafetten; {offer.FromUser} er fortsatt stafettholder.");

    /// <summary>True when <paramref name="user"/> may answer <paramref name="offer"/>: only the successor.</summary>
    public static bool MayAnswer(Handover offer, string user) => string.Equals(offer.ToUser, user, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// An offer still unanswered at its <see cref="Handover.RemindAt"/>: the old holder is reminded and the case team's
    /// coordinator alerted, once. Null when nothing is due (answered, already reminded, or not yet time).
    /// </summary>
    public static CaseChange<HandoverUpdate>.Applied? Remind(WelfareCase subject, Handover offer, DateTimeOffset now)
    {
        if (offer.Status != HandoverStatus.Offered || offer.RemindedAt is not null || now < offer.RemindAt)
        {
            return null;
        }

        var reminded = offer with { RemindedAt = now };
        Notification[] told =
        [
            new(Ids.New(now), now, NotificationKinds.HandoverReminder, offer.FromUser, null, subject.Id,
                $"Tilbudet om å overta stafetten er ikke akseptert etter {DefaultReminderWorkingDays} arbeidsdager; du er fortsatt stafettholder."),
            new(Ids.New(now.AddTicks(1)), now, NotificationKinds.HandoverAlert, null, subject.Team, subject.Id,
                $"En overtakelse av stafetten er ikke akseptert etter {DefaultReminderWorkingDays} arbeidsdager."),
        ];
        return new CaseChange<HandoverUpdate>.Applied(new HandoverUpdate(reminded, told),
            [CaseRules.Event(subject, now, TeamWorkEventKinds.HandoverOverdue, CaseEventKinds.SystemUser, $"Overtakelsen er ikke akseptert av {offer.ToUser}; {offer.FromUser} er påminnet og koordinator varslet (R-36).")]);
    }

    private static CaseChange<HandoverUpdate> Answer(
        WelfareCase subject, Handover offer, string by, DateTimeOffset now, HandoverStatus answer, string kind, string text)
    {
        if (offer.Status != HandoverStatus.Offered)
        {
            return new CaseChange<HandoverUpdate>.Conflict(offer.Status == HandoverStatus.Accepted ? "Tilbudet er allerede akseptert." : "Tilbudet er allerede avslått.");
        }

        if (subject.Status == CaseStatus.Closed)
        {
            return new CaseChange<HandoverUpdate>.Conflict("Saken er avsluttet.");
        }

        var answered = offer with { Status = answer, DecidedAt = now };
        return new CaseChange<HandoverUpdate>.Applied(new HandoverUpdate(answered, []), [CaseRules.Event(subject, now, kind, by, text)]);
    }
}
