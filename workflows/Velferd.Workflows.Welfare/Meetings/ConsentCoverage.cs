using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Welfare.Meetings;

/// <summary>
/// Whether a case's consents cover a named team discussion now: every service present and every information
/// category discussed, pair by pair, must be <c>GYLDIG</c> by R-28's rules (<see cref="ConsentStatusRules"/>). A pair
/// that is only <c>DELVIS</c> (one of two holders under «begge», or a 16-year-old's own consent missing for health)
/// blocks it: such a case may be discussed only anonymously. Every consent the municipality records is written
/// (ID-porten or a scanned form), so "written" needs no separate check.
/// </summary>
/// <param name="Missing">Why it is not covered, one reason a line (Norwegian, no names or numbers); empty when covered.</param>
public sealed record ConsentCoverage(IReadOnlyList<string> Missing)
{
    /// <summary>True when every pair is <c>GYLDIG</c>.</summary>
    public bool IsCovered => Missing.Count == 0;

    /// <summary>
    /// Checks every pair of <paramref name="services"/> × <paramref name="categories"/> on <paramref name="today"/>.
    /// Each pair's status is the status of the consents narrowed to that pair, so R-28's rules live in one place.
    /// </summary>
    public static ConsentCoverage Check(
        WelfareCase subject, IReadOnlyList<Consent> consents, WelfarePolicy policy,
        IEnumerable<string> services, IEnumerable<string> categories, DateOnly today)
    {
        var missing = new List<string>();
        var categoryList = categories.Distinct(StringComparer.Ordinal).ToList();
        foreach (var service in services.Distinct(StringComparer.Ordinal))
        {
            foreach (var category in categoryList)
            {
                var item = new ScopeItem(service, category);
                var narrowed = consents.Where(c => c.WasGivenFor(item)).Select(c => c with { Services = [service], Categories = [category] }).ToList();
                if (narrowed.Count == 0)
                {
                    missing.Add($"{item}: ingen skriftlig samtykke gjelder denne tjenesten og kategorien.");
                    continue;
                }

                var report = ConsentStatusRules.Compute(subject, narrowed, policy, today);
                if (report.For(service) != ConsentStatus.Valid)
                {
                    missing.AddRange(report.Missing.Count > 0 ? report.Missing : [$"{item}: {ConsentStatusCodes.Of(report.For(service))}."]);
                }
            }
        }

        return new ConsentCoverage(missing);
    }

    /// <summary>True when <paramref name="service"/> may read the case's shared information now: every category a consent gives it is <c>GYLDIG</c>.</summary>
    public static bool ServiceIsCovered(WelfareCase subject, IReadOnlyList<Consent> consents, WelfarePolicy policy, string service, DateOnly today) =>
        ConsentStatusRules.Compute(subject, consents, policy, today).For(service) == ConsentStatus.Valid;
}
