using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Notifications;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Access;

/// <summary>
/// Break-glass: a user opens a case he has no relation to, for a reason he must give, for a limited time
/// (<see cref="WelfareOptions.BreakGlassHours"/>). Only where need-to-know refuses him and the grant would let him in:
/// a service's own material stays with it even so, and someone who already sees the case needs no break-glass.
/// </summary>
public static class BreakGlassRules
{
    /// <summary>The longest reason kept.</summary>
    public const int MaxReasonLength = 1000;

    /// <summary>
    /// Opens break-glass on <paramref name="subject"/> for <paramref name="user"/> at <paramref name="now"/>; null when the
    /// case must read as missing to him (the grant would not let him in).
    /// </summary>
    public static CaseChange<BreakGlassGrant>? Open(CaseUser user, WelfareCase subject, string? reason, DateTimeOffset now, TimeSpan duration)
    {
        var expiresAt = now + duration;
        if (!NeedToKnow.Decide(user, subject, new CaseRelationFacts(null, false, expiresAt), now).Allowed)
        {
            return null;
        }

        if (NeedToKnow.Decide(user, subject, CaseRelationFacts.None, now).Allowed)
        {
            return new CaseChange<BreakGlassGrant>.Conflict("Du har allerede tilgang til saken og trenger ikke nødtilgang.");
        }

        var text = reason?.Trim() ?? "";
        var errors = new FieldErrors();
        if (text.Length == 0)
        {
            errors.Add("reason", "Oppgi hvorfor du trenger nødtilgang til saken.");
        }
        else if (text.Length > MaxReasonLength)
        {
            errors.Add("reason", $"Begrunnelsen kan være høyst {MaxReasonLength} tegn.");
        }

        if (!errors.IsEmpty)
        {
            return new CaseChange<BreakGlassGrant>.Invalid(errors);
        }

        var grant = new BreakGlassGrant(Ids.New(now), subject.Id, subject.Team, user.UserName, text, now, expiresAt);
        return new CaseChange<BreakGlassGrant>.Applied(grant, [CaseRules.Event(subject, now, CaseEventKinds.BreakGlassOpened, user.UserName, $"Nødtilgang til {expiresAt:O}")]);
    }

    /// <summary>
    /// Ends <paramref name="grant"/> at <paramref name="now"/>, before its time: by the user who opened it (he needs it no
    /// longer) or by the leader of the case's team (<paramref name="leadsTheTeam"/>, also an administrator). Null when
    /// <paramref name="user"/> is neither (the grant must read as missing to him); a conflict when it has already ended.
    /// </summary>
    public static CaseChange<BreakGlassGrant>? End(BreakGlassGrant grant, string user, bool leadsTheTeam, DateTimeOffset now)
    {
        if (!leadsTheTeam && !string.Equals(grant.User, user, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (grant.ExpiresAt <= now)
        {
            return new CaseChange<BreakGlassGrant>.Conflict("Nødtilgangen er allerede avsluttet.");
        }

        var ended = grant with { ExpiresAt = now, EndedAt = now, EndedBy = user };
        var detail = $"Nødtilgang for {grant.User} avsluttet før tiden ({grant.ExpiresAt:O})";
        return new CaseChange<BreakGlassGrant>.Applied(ended, [new CaseEvent(TimelineIds.Next(now), grant.CaseId, now, CaseEventKinds.BreakGlassEnded, user, detail)]);
    }

    /// <summary>
    /// The notice the case team's leaders get at once when <paramref name="grant"/> is opened, or ended early;
    /// beside the review task, which asks them to go through it. Names the user, never the family.
    /// </summary>
    public static Notification LeaderNotice(BreakGlassGrant grant, DateTimeOffset now) => grant.EndedAt is null
        ? new Notification(Ids.New(now), now, NotificationKinds.BreakGlassOpened, null, grant.Team, grant.CaseId,
            $"{grant.User} har åpnet en av teamets saker med nødtilgang til {grant.ExpiresAt:O}.")
        : new Notification(Ids.New(now), now, NotificationKinds.BreakGlassEnded, null, grant.Team, grant.CaseId,
            $"Nødtilgangen {grant.User} hadde til en av teamets saker er avsluttet før tiden av {grant.EndedBy}.");
}
