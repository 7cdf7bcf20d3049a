using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Welfare.Consents;

/// <summary>
/// Who must consent, and so the status of a case's consents on a given Oslo date (DOMAIN.md ). For each
/// service and category pair a consent was ever given for, the consents in force that still cover it are pooled and
/// their signers checked against who must sign:
/// <list type="bullet">
/// <item>an unborn child: the pregnant woman (a guardian on the case; anyone signing as <c>forelder</c> when none is registered);</item>
/// <item>18 or older: only the person (or their verge); the parents' consents lapse;</item>
/// <item>16–17, health: the young person's own consent, which suffices alone;</item>
/// <item>16–17, other categories: the young person and the holder(s) [cfg <see cref="WelfarePolicy.OtherCategoriesNeedHolders"/>];
/// from <see cref="WelfarePolicy.SoleConsentAge"/> the young person alone when that is off;</item>
/// <item>under 16 (or age not yet known): the holders of parental responsibility, both under «begge», one under «en»;
/// a verge signs in their place.</item>
/// </list>
/// From 7 to 17 a consent without the child's view does not count. A pair with every required signature is
/// <c>GYLDIG</c>, with some of them <c>DELVIS</c>; with none in force it is <c>UTLØPT</c> when a consent for it has run
/// out, <c>TRUKKET</c> when withdrawn, else <c>MANGLER</c>. A service is <c>GYLDIG</c> when all its pairs are,
/// <c>DELVIS</c> when some are at least partly covered; the case likewise over its services.
/// </summary>
public static class ConsentStatusRules
{
    /// <summary>From this age the young person's own consent is required for health information, and suffices (pasient- og brukerrettighetsloven § 4-3).</summary>
    public const int OwnHealthConsentAge = 16;

    /// <summary>From this age only the person consents; consents signed by parents lapse.</summary>
    public const int AdultAge = 18;

    /// <summary>The status of <paramref name="consents"/> (all of one case) on <paramref name="today"/>.</summary>
    public static ConsentStatusReport Compute(WelfareCase subject, IReadOnlyList<Consent> consents, WelfarePolicy policy, DateOnly today)
    {
        var missing = new List<string>();
        var services = new Dictionary<string, ConsentStatus>(StringComparer.Ordinal);
        foreach (var service in ConsentServices.Ordered.Where(s => consents.Any(c => c.Services.Contains(s))))
        {
            var categories = consents.Where(c => c.Services.Contains(service)).SelectMany(c => c.Categories).Distinct(StringComparer.Ordinal);
            services[service] = Combine([.. categories.Select(category => ForPair(subject, consents, new ScopeItem(service, category), policy, today, missing))]);
        }

        if (services.Count == 0)
        {
            missing.Add("Ingen skriftlig samtykke er registrert.");
        }

        return new ConsentStatusReport(services.Count == 0 ? ConsentStatus.Missing : Combine([.. services.Values]), services, missing);
    }

    private static ConsentStatus ForPair(
        WelfareCase subject, IReadOnlyList<Consent> consents, ScopeItem item, WelfarePolicy policy, DateOnly today, List<string> missing)
    {
        var given = consents.Where(c => c.WasGivenFor(item)).ToList();
        var standing = given.Where(c => !c.IsWithdrawn(item)).ToList();
        var inForce = standing.Where(c => c.IsInForceOn(today)).ToList();
        if (inForce.Count == 0)
        {
            if (standing.Any(c => c.ValidTo < today))
            {
                missing.Add($"{item}: samtykket er utløpt (R-32).");
                return ConsentStatus.Expired;
            }

            if (standing.Count == 0)
            {
                missing.Add($"{item}: samtykket er trukket (R-31).");
                return ConsentStatus.Withdrawn;
            }

            missing.Add($"{item}: samtykket gjelder først fra {standing.Min(c => c.ValidFrom):yyyy-MM-dd}.");
            return ConsentStatus.Missing;
        }

        var counted = inForce.Where(c => !string.IsNullOrEmpty(c.ChildView) || !ConsentRules.NeedsChildView(subject, c.Signers, today)).ToList();
        if (counted.Count == 0)
        {
            missing.Add($"{item}: barnets syn mangler på samtykket (R-30).");
            return ConsentStatus.Missing;
        }

        return Signatures(subject, [.. counted.SelectMany(c => c.Signers)], item.Category, policy, today, item, missing);
    }

    private static ConsentStatus Signatures(
        WelfareCase subject, List<ConsentSigner> signers, string category, WelfarePolicy policy, DateOnly today, ScopeItem item, List<string> missing)
    {
        var child = subject.Child;
        var ownSigned = signers.Any(s => s.Capacity == SignerCapacity.Self && s.Person.IsSamePersonAs(child.Identity));
        if (child.Identity.Kind == IdentityKind.Unborn)
        {
            var mothers = subject.Guardians.Where(g => g.Identity.Number is not null).ToList();
            var signed = signers.Any(s => s.Capacity == SignerCapacity.Parent && (mothers.Count == 0 || mothers.Any(m => s.Person.IsSamePersonAs(m.Identity))));
            return Result(signed ? 1 : 0, 1, $"{item}: den gravide må samtykke for et ufødt barn.", missing);
        }

        var age = child.AgeOn(today);
        var verge = signers.Any(s => s.Capacity == SignerCapacity.Guardian);
        if (age >= AdultAge)
        {
            var hasParents = signers.Any(s => s.Capacity == SignerCapacity.Parent);
            return Result(ownSigned || verge ? 1 : 0, 1, hasParents
                ? $"{item}: personen er over 18 år; bare personen selv kan samtykke, foreldrenes samtykke gjelder ikke lenger."
                : $"{item}: personens eget samtykke mangler.", missing);
        }

        var ownOnly = (age >= OwnHealthConsentAge && category == ConsentCategories.Health)
            || (!policy.OtherCategoriesNeedHolders && age >= policy.SoleConsentAge);
        if (ownOnly)
        {
            return Result(ownSigned ? 1 : 0, 1, $"{item}: den unges eget samtykke mangler ({age} år).", missing);
        }

        var (holdersSigned, holdersNeeded) = verge ? (1, 1) : Holders(subject, signers, policy);
        var ownNeeded = age >= OwnHealthConsentAge ? 1 : 0;
        var got = holdersSigned + (ownNeeded == 1 && ownSigned ? 1 : 0);
        var need = holdersNeeded + ownNeeded;
        if (got < need)
        {
            if (ownNeeded == 1 && !ownSigned)
            {
                missing.Add($"{item}: den unges eget samtykke mangler ({age} år).");
            }

            if (holdersSigned < holdersNeeded)
            {
                missing.Add(holdersNeeded > 1
                    ? $"{item}: samtykke fra begge med foreldreansvar kreves (policy «begge»); {holdersSigned} av {holdersNeeded} har signert."
                    : $"{item}: samtykke fra den med foreldreansvar mangler.");
            }
        }

        return got >= need ? ConsentStatus.Valid : got > 0 ? ConsentStatus.Partial : ConsentStatus.Missing;
    }

    private static (int Signed, int Needed) Holders(WelfareCase subject, List<ConsentSigner> signers, WelfarePolicy policy)
    {
        var holders = subject.Guardians.Where(g => g.HasParentalResponsibility && g.Identity.Number is not null).ToList();
        var parents = signers.Where(s => s.Capacity == SignerCapacity.Parent).ToList();
        if (holders.Count == 0)
        {
            // Nobody registered yet (Folkeregisteret not asked or silent): a parent's signature is all that can be asked for.
            return (parents.Count > 0 ? 1 : 0, 1);
        }

        var signed = holders.Count(h => parents.Any(p => p.Person.IsSamePersonAs(h.Identity)));
        var needed = policy.ConsentPolicy == ConsentPolicy.Both ? holders.Count : 1;
        return (Math.Min(signed, needed), needed);
    }

    private static ConsentStatus Result(int got, int need, string reason, List<string> missing)
    {
        if (got < need)
        {
            missing.Add(reason);
        }

        return got >= need ? ConsentStatus.Valid : ConsentStatus.Missing;
    }

    private static ConsentStatus Combine(IReadOnlyList<ConsentStatus> statuses)
    {
        if (statuses.All(s => s == statuses[0]))
        {
            return statuses[0];
        }

        return statuses.Any(s => s is ConsentStatus.Valid or ConsentStatus.Partial) ? ConsentStatus.Partial : ConsentStatus.Missing;
    }
}
