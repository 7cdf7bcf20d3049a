using Velferd.Workflows.Activities.Cases;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Activities.Consents;

/// <summary>
/// Routes on the case's consent status now (DOMAIN.md R-27, R-28): «Gyldig» when every requested service (and
/// category) is <c>GYLDIG</c>, «Delvis» when some required signatures are there (e.g. one of two holders under
/// «begge»: only anonymous discussion), «Mangler» when nothing covers it (<c>MANGLER</c>, <c>UTLØPT</c>, <c>TRUKKET</c>).
/// </summary>
/// <remarks>
/// The status comes from <see cref="ConsentStatusRules"/> with the policy in force and the case's persons, on the Oslo
/// date of the burst's clock, so it is the same answer <c>GET /api/cases/{id}/consent</c> gives at that moment. The
/// gate only reads the welfare stores (no effects), so running it again is harmless.
/// </remarks>
[Activity(
    "Velferd.ConsentGate",
    Category = "Samtykke",
    DisplayName = "Samtykkeport",
    Description = "Sjekker om sakens samtykke gjelder nå for tjenestene og kategoriene neste steg trenger, og går videre på Gyldig, Delvis eller Mangler.",
    Outcomes = [ValidOutcome, PartialOutcome, MissingOutcome])]
public sealed class ConsentGate(ICaseStore cases, IConsentStore consents, PolicyReader policies) : Activity<ConsentGateInput, ConsentGateOutput>
{
    /// <summary>Port: every requested service and category is covered.</summary>
    public const string ValidOutcome = "Gyldig";

    /// <summary>Port: some required signatures are there, not all.</summary>
    public const string PartialOutcome = "Delvis";

    /// <summary>Port: nothing covers it (missing, expired or withdrawn).</summary>
    public const string MissingOutcome = "Mangler";

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(ConsentGateInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (CaseReference.Resolve(input.CaseId, context) is not { } caseId)
        {
            return ActivityResult.Fault(CaseReference.Missing);
        }

        if (await cases.FindAsync(caseId, cancellationToken) is not { } subject)
        {
            return ActivityResult.Fault(CaseReference.NotFound(caseId));
        }

        var unknown = Unknown(input.Services, ConsentServices.All).Concat(Unknown(input.Categories, ConsentCategories.All)).ToList();
        if (unknown.Count > 0)
        {
            return ActivityResult.Fault($"Ukjente tjenester eller kategorier / unknown services or categories: {string.Join(", ", unknown)}.");
        }

        var verdict = ConsentGateVerdict.Decide(
            subject,
            await consents.ListForCaseAsync(caseId, cancellationToken),
            await policies.CurrentAsync(cancellationToken),
            Codes(input.Services),
            Codes(input.Categories),
            OsloDate.Of(context.Now));
        var code = ConsentStatusCodes.Of(verdict.Status);
        context.Message = $"Samtykke {code}";
        var port = verdict.Status switch
        {
            ConsentStatus.Valid => ValidOutcome,
            ConsentStatus.Partial => PartialOutcome,
            _ => MissingOutcome,
        };
        return ActivityResult.Outcome(port, new ConsentGateOutput { Status = code, Missing = [.. verdict.Missing] });
    }

    private static List<string> Codes(string[]? values) =>
        [.. (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal)];

    private static IEnumerable<string> Unknown(string[]? values, IReadOnlySet<string> known) => Codes(values).Where(v => !known.Contains(v));
}
