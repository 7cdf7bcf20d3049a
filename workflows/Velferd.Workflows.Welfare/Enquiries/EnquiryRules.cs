using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Welfare.Enquiries;

/// <summary>
/// Registering a henvendelse (DOMAIN.md P1 step 1): a BTI case at level 0 whose question is the concern, so that every
/// channel yields the same record and the rules of a case (R-56, R-57, R-75) apply to it.
/// </summary>
public static class EnquiryRules
{
    /// <summary>
    /// Registers the henvendelse as a level-0 BTI case; every problem is reported at once, the case's own fields
    /// (<c>team</c>, <c>child</c>, <c>guardians[i]</c>) under their names and the concern under <c>concern</c>.
    /// </summary>
    public static CaseChange<WelfareCase> Register(
        EnquiryInput input, string municipality, string by, DateTimeOffset now, IIdentityNumberValidator validator, FieldErrors? errors = null,
        bool lookUpPersons = false)
    {
        errors ??= new FieldErrors();
        if (input.Channel is null || !EnquiryChannels.All.Contains(input.Channel))
        {
            errors.Add("channel", $"Ukjent kanal. Gyldige: {string.Join(", ", EnquiryChannels.All)}.");
        }

        if (input.Asker is null || !EnquiryAskers.All.Contains(input.Asker))
        {
            errors.Add("asker", $"Ukjent henvender. Gyldige: {string.Join(", ", EnquiryAskers.All)}.");
        }

        TextRules.Required(input.Concern, "concern", "Bekymringen", CaseRules.MaxTextLength, errors);
        var concern = errors.Contains("concern") ? null : TextRules.Trimmed(input.Concern);
        return CaseRules.Open(new NewCaseInput(CaseKind.Bti, input.Team, 0, input.Child, input.Guardians, concern), municipality, by, now, validator, errors, lookUpPersons);
    }
}
