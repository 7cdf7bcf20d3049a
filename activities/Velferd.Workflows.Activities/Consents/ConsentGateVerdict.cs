using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Activities.Consents;

/// <summary>
/// The consent status of what one step needs: the requested services, each over the requested categories, judged by
/// <see cref="ConsentStatusRules"/> (R-28). Statuses combine as the rules combine a case's services: all the same
/// gives that status, otherwise <c>DELVIS</c> when something is at least partly covered, else <c>MANGLER</c>; so a step
/// needing two services of which one is covered is not <c>GYLDIG</c>.
/// </summary>
/// <param name="Status">The combined status.</param>
/// <param name="Missing">Why it is not <c>GYLDIG</c>, one reason a line (Norwegian, no names or numbers).</param>
internal sealed record ConsentGateVerdict(ConsentStatus Status, IReadOnlyList<string> Missing)
{
    /// <summary>
    /// Decides on <paramref name="today"/>. No services: the case as a whole. No categories: every category the
    /// consents give each service. With categories: each service × category pair, the consents narrowed to the pair
    /// (as <c>ConsentCoverage</c> does for meetings), so one uncovered category is not hidden by another.
    /// </summary>
    public static ConsentGateVerdict Decide(
        WelfareCase subject, IReadOnlyList<Consent> consents, WelfarePolicy policy,
        IReadOnlyList<string> services, IReadOnlyList<string> categories, DateOnly today)
    {
        var whole = ConsentStatusRules.Compute(subject, consents, policy, today);
        if (services.Count == 0)
        {
            return new ConsentGateVerdict(whole.Status, whole.Missing);
        }

        var missing = new List<string>();
        var statuses = new List<ConsentStatus>();
        foreach (var service in services)
        {
            if (categories.Count == 0)
            {
                statuses.Add(Judge(whole, service, $"{service}: ingen skriftlig samtykke gjelder denne tjenesten.", missing));
                continue;
            }

            foreach (var category in categories)
            {
                var item = new ScopeItem(service, category);
                var narrowed = consents.Where(c => c.WasGivenFor(item)).Select(c => c with { Services = [service], Categories = [category] }).ToList();
                var report = ConsentStatusRules.Compute(subject, narrowed, policy, today);
                statuses.Add(Judge(report, service, $"{item}: ingen skriftlig samtykke gjelder denne tjenesten og kategorien.", missing));
            }
        }

        return new ConsentGateVerdict(Combine(statuses), [.. missing.Distinct(StringComparer.Ordinal)]);
    }

    private static ConsentStatus Judge(ConsentStatusReport report, string service, string noneGiven, List<string> missing)
    {
        var status = report.For(service);
        if (status == ConsentStatus.Valid)
        {
            return status;
        }

        // The report's reasons cover every service; keep the ones about this service, or say none was ever given.
        var reasons = report.Missing.Where(r => r.StartsWith(service + "/", StringComparison.Ordinal)).ToList();
        missing.AddRange(reasons.Count > 0 ? reasons : [noneGiven]);
        return status;
    }

    private static ConsentStatus Combine(List<ConsentStatus> statuses)
    {
        if (statuses.All(s => s == statuses[0]))
        {
            return statuses[0];
        }

        return statuses.Any(s => s is ConsentStatus.Valid or ConsentStatus.Partial) ? ConsentStatus.Partial : ConsentStatus.Missing;
    }
}
