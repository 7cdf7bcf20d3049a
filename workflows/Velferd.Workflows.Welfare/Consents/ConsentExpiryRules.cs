using System.Globalization;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Notifications;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Policies;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Consents;

/// <summary>
/// a consent's renewal is asked for <see cref="WelfarePolicy.ConsentRenewalDays"/> before its last day, and after
/// that day nothing is covered by it and the team work resting on it pauses (future meetings it alone covered are
/// cancelled; the status rules already count it as <c>UTLØPT</c>). Each step happens once per consent, marked on it.
/// </summary>
public static class ConsentExpiryRules
{
    /// <summary>The first day on which the renewal of <paramref name="consent"/> is asked for.</summary>
    public static DateOnly RenewalDueOn(Consent consent, WelfarePolicy policy) => consent.ValidTo.AddDays(-policy.ConsentRenewalDays);

    /// <summary>
    /// What is due for <paramref name="consent"/> at <paramref name="now"/>, or null when nothing is. Someone is told
    /// only while the case is open, the consent is not withdrawn and no later consent of the case takes over its scope;
    /// otherwise the step is only marked done.
    /// </summary>
    /// <param name="subject">The consent's case.</param>
    /// <param name="consent">The consent.</param>
    /// <param name="caseConsents">Every consent of the case (a renewal already recorded is among them).</param>
    /// <param name="holder">The case's stafettholder, or null (no baton on the case).</param>
    /// <param name="policy">The municipality's policy.</param>
    /// <param name="now">Now.</param>
    public static ConsentFollowUp? FollowUp(
        WelfareCase subject, Consent consent, IReadOnlyList<Consent> caseConsents, string? holder, WelfarePolicy policy, DateTimeOffset now)
    {
        var today = OsloDate.Of(now);
        var expired = consent.ValidTo < today;
        if (consent.ExpiryHandledAt is not null || (!expired && (consent.RenewalRequestedAt is not null || today < RenewalDueOn(consent, policy))))
        {
            return null;
        }

        var marked = expired
            ? consent with { RenewalRequestedAt = consent.RenewalRequestedAt ?? now, ExpiryHandledAt = now }
            : consent with { RenewalRequestedAt = now };
        if (subject.Status == CaseStatus.Closed || consent.IsFullyWithdrawn || IsTakenOver(consent, caseConsents))
        {
            return new ConsentFollowUp(marked, [], [], CancelsMeetings: false);
        }

        var lastDay = consent.ValidTo.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        if (expired)
        {
            var text = $"Samtykket som gjaldt til og med {lastDay}, er utløpt. Teamarbeidet står på pause til nytt samtykke er registrert (R-32).";
            return new ConsentFollowUp(marked,
                [CaseRules.Event(subject, now, CaseEventKinds.ConsentExpired, CaseEventKinds.SystemUser, text)],
                Tell(subject, holder, NotificationKinds.ConsentExpired, text, now, coordinatorsToo: true),
                CancelsMeetings: true);
        }

        var renew = $"Samtykket gjelder til og med {lastDay}. Innhent nytt samtykke før det utløper (R-32).";
        return new ConsentFollowUp(marked,
            [CaseRules.Event(subject, now, CaseEventKinds.ConsentRenewalDue, CaseEventKinds.SystemUser, renew)],
            Tell(subject, holder, NotificationKinds.ConsentRenewal, renew, now, coordinatorsToo: holder is null),
            CancelsMeetings: false);
    }

    /// <summary>True when another consent of the case, in force the day after this one's last day, covers all that is left of it.</summary>
    public static bool IsTakenOver(Consent consent, IReadOnlyList<Consent> caseConsents)
    {
        var dayAfter = consent.ValidTo.AddDays(1);
        var left = consent.RemainingScope.ToList();
        return caseConsents.Any(other => other.Id != consent.Id && other.IsInForceOn(dayAfter)
            && left.All(item => other.RemainingScope.Contains(item)));
    }

    private static List<Notification> Tell(WelfareCase subject, string? holder, string kind, string text, DateTimeOffset now, bool coordinatorsToo)
    {
        var told = new List<Notification>();
        if (holder is not null)
        {
            told.Add(new Notification(Ids.New(now), now, kind, holder, null, subject.Id, text));
        }

        if (coordinatorsToo)
        {
            told.Add(new Notification(Ids.New(now.AddTicks(1)), now, kind, null, subject.Team, subject.Id, text));
        }

        return told;
    }
}
