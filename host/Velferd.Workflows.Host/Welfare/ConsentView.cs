using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>A consent in an answer.</summary>
/// <param name="Id">Id.</param>
/// <param name="CaseId">The case.</param>
/// <param name="Signers">Who signed.</param>
/// <param name="Services">Services it was given to.</param>
/// <param name="Categories">Categories it was given for.</param>
/// <param name="Purpose">Purpose.</param>
/// <param name="ValidFrom">First valid day.</param>
/// <param name="ValidTo">Last valid day.</param>
/// <param name="Method">How it was given.</param>
/// <param name="ChildView">The child's view.</param>
/// <param name="RecordedAt">When recorded.</param>
/// <param name="RecordedBy">By whom.</param>
/// <param name="Withdrawn">True when nothing is left of it .</param>
/// <param name="Remaining">The service/category pairs it still covers (whatever the date).</param>
/// <param name="Withdrawals">Its withdrawals and narrowings.</param>
public sealed record ConsentView(
    string Id,
    string CaseId,
    IReadOnlyList<SignerView> Signers,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Categories,
    string Purpose,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    string Method,
    string? ChildView,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    bool Withdrawn,
    IReadOnlyList<string> Remaining,
    IReadOnlyList<WithdrawalView> Withdrawals)
{
    /// <summary>The view of <paramref name="consent"/>, its free text without an address when <paramref name="protection"/> is strictly confidential .</summary>
    public static ConsentView Of(Consent consent, AddressProtection protection) => new(
        consent.Id, consent.CaseId,
        [.. consent.Signers.Select(s => new SignerView(
            s.Person.Kind == IdentityKind.Fnr ? s.Person.Number : null, s.Person.Kind == IdentityKind.Dnr ? s.Person.Number : null, s.Name, s.Capacity))],
        consent.Services, consent.Categories, ProtectedAddressText.Redact(consent.Purpose, protection)!, consent.ValidFrom, consent.ValidTo, consent.Method,
        ProtectedAddressText.Redact(consent.ChildView, protection),
        consent.RecordedAt, consent.RecordedBy, consent.IsFullyWithdrawn, [.. consent.RemainingScope.Select(s => s.ToString())],
        [.. consent.Withdrawals.Select(w => new WithdrawalView(w.Id, w.At, w.Services, w.Categories, w.Via, w.By))]);
}
