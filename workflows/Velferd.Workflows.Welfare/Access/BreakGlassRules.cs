using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Welfare.Cases;
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
}
