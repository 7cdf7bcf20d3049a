using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Policies;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Consents;

/// <summary>Recording (R-26, R-30) and withdrawing or narrowing (R-31) a consent.</summary>
public static class ConsentRules
{
    /// <summary>The age from which the child's view is mandatory (R-30).</summary>
    public const int ChildViewAge = 7;

    /// <summary>The longest purpose or child's view.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>The most signers on one consent.</summary>
    public const int MaxSigners = 6;

    private const string Prefix = "consent.";

    /// <summary>
    /// Records a consent on <paramref name="subject"/>. Every problem at once, keyed <c>consent.{field}</c>:
    /// <c>validTo</c> before <c>validFrom</c> (R-75), the child's view missing for a child of 7 to 17 (R-30), unknown
    /// services, categories, capacities or method, a bad signer number. A closed case is a conflict. <paramref name="errors"/>
    /// may already hold the caller's own errors (unreadable dates), reported together with these.
    /// </summary>
    public static CaseChange<Consent> Record(
        WelfareCase subject, ConsentInput input, WelfarePolicy policy, string by, DateTimeOffset now, IIdentityNumberValidator validator,
        FieldErrors? errors = null)
    {
        errors ??= new FieldErrors();
        var signers = Signers(subject, input.Signers, errors, validator);
        var services = Codes(input.Services, ConsentServices.All, "services", "tjeneste", errors);
        var categories = Codes(input.Categories, ConsentCategories.All, "categories", "kategori", errors);
        if (string.IsNullOrWhiteSpace(input.Purpose))
        {
            errors.Add(Prefix + "purpose", "Formål mangler.");
        }
        else if (input.Purpose.Length > MaxTextLength)
        {
            errors.Add(Prefix + "purpose", $"Formålet kan være høyst {MaxTextLength} tegn.");
        }

        if (input.ValidFrom is null && !errors.Contains(Prefix + "validFrom"))
        {
            errors.Add(Prefix + "validFrom", "Gyldig fra mangler.");
        }

        if (input.ValidFrom is { } from && input.ValidTo is { } to && to < from)
        {
            errors.Add(Prefix + "validTo", "Gyldig til kan ikke være før gyldig fra.");
        }

        if (input.Method is null || !ConsentMethod.All.Contains(input.Method))
        {
            errors.Add(Prefix + "method", "Metode må være «idporten» eller «skannet».");
        }

        var today = OsloDate.Of(now);
        if (string.IsNullOrWhiteSpace(input.ChildView) && NeedsChildView(subject, signers, today))
        {
            errors.Add(Prefix + "childView", $"Barnets syn må føres på samtykket når barnet er {ChildViewAge} år eller eldre (R-30).");
        }
        else if (input.ChildView is { Length: > MaxTextLength })
        {
            errors.Add(Prefix + "childView", $"Barnets syn kan være høyst {MaxTextLength} tegn.");
        }

        if (!errors.IsEmpty)
        {
            return new CaseChange<Consent>.Invalid(errors);
        }

        if (subject.Status == CaseStatus.Closed)
        {
            return new CaseChange<Consent>.Conflict("Saken er avsluttet.");
        }

        var validFrom = input.ValidFrom!.Value;
        var consent = new Consent
        {
            Id = Ids.New(now),
            CaseId = subject.Id,
            Signers = signers,
            Services = services,
            Categories = categories,
            Purpose = input.Purpose!.Trim(),
            ValidFrom = validFrom,

            // "12 months" from the first day, inclusive: the last day is the day before the same date N months on (R-03).
            ValidTo = input.ValidTo ?? validFrom.AddMonths(policy.ConsentValidityMonths).AddDays(-1),
            Method = input.Method!,
            ChildView = string.IsNullOrWhiteSpace(input.ChildView) ? null : input.ChildView.Trim(),
            RecordedAt = now,
            RecordedBy = by,
        };
        var scope = $"{string.Join(", ", services)} ({string.Join(", ", categories)})";
        return new CaseChange<Consent>.Applied(consent,
            [CaseRules.Event(subject, now, CaseEventKinds.ConsentRecorded, by, $"Samtykke registrert for {scope}, gyldig {consent.ValidFrom:yyyy-MM-dd}–{consent.ValidTo:yyyy-MM-dd}.")]);
    }

    /// <summary>
    /// Withdraws a consent in full, or narrows it to what is left (R-31). Services or categories it was never given for
    /// are field errors; a consent with nothing left is a conflict.
    /// </summary>
    public static CaseChange<Consent> Withdraw(WelfareCase subject, Consent consent, WithdrawalInput input, string by, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var services = Codes(input.Services, consent.Services.ToHashSet(StringComparer.Ordinal), "services", "tjeneste samtykket gjelder", errors, required: false, prefix: "");
        var categories = Codes(input.Categories, consent.Categories.ToHashSet(StringComparer.Ordinal), "categories", "kategori samtykket gjelder", errors, required: false, prefix: "");
        if (input.Via is null || !WithdrawalChannel.All.Contains(input.Via))
        {
            errors.Add("via", "Må være «muntlig», «skriftlig» eller «idporten».");
        }

        if (!errors.IsEmpty)
        {
            return new CaseChange<Consent>.Invalid(errors);
        }

        if (consent.IsFullyWithdrawn)
        {
            return new CaseChange<Consent>.Conflict("Samtykket er allerede trukket.");
        }

        var withdrawal = new ConsentWithdrawal(Ids.New(now), now, services, categories, input.Via!, by);
        var changed = consent with { Withdrawals = [.. consent.Withdrawals, withdrawal] };
        var (kind, text) = changed.IsFullyWithdrawn
            ? (CaseEventKinds.ConsentWithdrawn, $"Samtykket er trukket ({input.Via}).")
            : (CaseEventKinds.ConsentNarrowed, $"Samtykket er innskrenket ({input.Via}): gjelder nå {string.Join(", ", changed.RemainingScope)}.");
        return new CaseChange<Consent>.Applied(changed, [CaseRules.Event(subject, now, kind, by, text)]);
    }

    /// <summary>
    /// True when a withdrawal ends the team work on <paramref name="subject"/> (R-31): an open TIT case whose consents are
    /// now all withdrawn closes with <see cref="EndCodes.ConsentWithdrawn"/>. A narrowing that leaves some cover does not.
    /// </summary>
    public static bool EndsTeamWork(WelfareCase subject, ConsentStatusReport after) =>
        subject.IsTeamCase && subject.Status == CaseStatus.Open && after.Status == ConsentStatus.Withdrawn;

    /// <summary>True when a consent on this case needs the child's view: the child is 7 to 17 and does not sign it (R-30).</summary>
    public static bool NeedsChildView(WelfareCase subject, IReadOnlyList<ConsentSigner> signers, DateOnly today) =>
        subject.Child.AgeOn(today) is >= ChildViewAge and < 18
        && !signers.Any(s => s.Capacity == SignerCapacity.Self && s.Person.IsSamePersonAs(subject.Child.Identity));

    private static List<ConsentSigner> Signers(WelfareCase subject, IReadOnlyList<SignerInput?>? input, FieldErrors errors, IIdentityNumberValidator validator)
    {
        if (input is null || input.Count == 0)
        {
            errors.Add(Prefix + "signers", "Minst én må signere.");
            return [];
        }

        if (input.Count > MaxSigners)
        {
            errors.Add(Prefix + "signers", $"Høyst {MaxSigners} kan signere.");
            return [];
        }

        var signers = new List<ConsentSigner>();
        for (var i = 0; i < input.Count; i++)
        {
            var field = $"{Prefix}signers[{i}]";
            var signer = input[i];
            if (signer?.Person?.Unborn == true)
            {
                errors.Add($"{field}.person", "Et ufødt barn kan ikke signere.");
                continue;
            }

            var identity = PersonRules.Identify(signer?.Person, $"{field}.person", errors, validator);
            if (signer?.Capacity is not { } capacity || !SignerCapacity.All.Contains(capacity))
            {
                errors.Add($"{field}.capacity", "Må være «forelder», «selv» eller «verge».");
                continue;
            }

            if (identity is null)
            {
                continue;
            }

            var isChild = identity.IsSamePersonAs(subject.Child.Identity);
            if (capacity == SignerCapacity.Self && !isChild)
            {
                errors.Add($"{field}.capacity", "«selv» kan bare brukes av den saken gjelder.");
            }
            else if (capacity != SignerCapacity.Self && isChild)
            {
                errors.Add($"{field}.capacity", "Den saken gjelder signerer som «selv».");
            }
            else
            {
                signers.Add(new ConsentSigner(identity, capacity, signer.Person!.Name?.Trim()));
            }
        }

        return signers;
    }

    private static List<string> Codes(
        IReadOnlyList<string?>? input, IReadOnlySet<string> known, string field, string what, FieldErrors errors, bool required = true, string prefix = Prefix)
    {
        if (input is null || input.Count == 0)
        {
            if (required)
            {
                errors.Add(prefix + field, $"Minst én {what} mangler.");
            }

            return [];
        }

        var unknown = input.Where(code => code is null || !known.Contains(code)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(prefix + field, $"Ukjent {what}: {string.Join(", ", unknown.Select(u => u ?? "null"))}. Gyldige: {string.Join(", ", known)}.");
        }

        return [.. input.OfType<string>().Where(known.Contains).Distinct(StringComparer.Ordinal)];
    }
}
