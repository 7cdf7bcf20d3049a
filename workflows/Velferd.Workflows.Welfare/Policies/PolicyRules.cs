using Velferd.Workflows.Core;

namespace Velferd.Workflows.Welfare.Policies;

/// <summary>Checks a policy change and makes the next version.</summary>
public static class PolicyRules
{
    /// <summary>
    /// The next version of <paramref name="current"/> with <paramref name="input"/>'s values; every bad value at once,
    /// or a conflict when <see cref="PolicyInput.Version"/> is not the current version.
    /// </summary>
    public static CaseChange<WelfarePolicy> Change(WelfarePolicy current, PolicyInput input, string by, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (input.ConsentPolicy is not null && !ConsentPolicy.All.Contains(input.ConsentPolicy))
        {
            errors.Add("consentPolicy", "Må være «begge» eller «en».");
        }

        if (input.ConsentValidityMonths is < 1 or > 60)
        {
            errors.Add("consentValidityMonths", "Må være mellom 1 og 60 måneder.");
        }

        if (input.SoleConsentAge is < 15 or > 18)
        {
            errors.Add("soleConsentAge", "Må være mellom 15 og 18 år.");
        }

        if (input.ConsentRenewalDays is < 1 or > 180)
        {
            errors.Add("consentRenewalDays", "Må være mellom 1 og 180 dager.");
        }

        if (!errors.IsEmpty)
        {
            return new CaseChange<WelfarePolicy>.Invalid(errors);
        }

        if (input.Version is { } basedOn && basedOn != current.Version)
        {
            return new CaseChange<WelfarePolicy>.Conflict($"Innstillingene er endret siden versjon {basedOn}; gjeldende versjon er {current.Version}.");
        }

        return new CaseChange<WelfarePolicy>.Applied(current with
        {
            Version = current.Version + 1,
            ConsentPolicy = input.ConsentPolicy ?? current.ConsentPolicy,
            ConsentValidityMonths = input.ConsentValidityMonths ?? current.ConsentValidityMonths,
            SoleConsentAge = input.SoleConsentAge ?? current.SoleConsentAge,
            OtherCategoriesNeedHolders = input.OtherCategoriesNeedHolders ?? current.OtherCategoriesNeedHolders,
            ConsentRenewalDays = input.ConsentRenewalDays ?? current.ConsentRenewalDays,
            ChangedAt = now,
            ChangedBy = by,
        }, []);
    }
}
