using Velferd.Workflows.Core;
using Velferd.Workflows.Welfare.Consents;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>The body of <c>POST /api/cases/{id}/consents</c> (R-26).</summary>
/// <param name="Signers">Who signed, and as what.</param>
/// <param name="Services">The services.</param>
/// <param name="Categories">The information categories.</param>
/// <param name="Purpose">The purpose.</param>
/// <param name="ValidFrom">First valid day, <c>YYYY-MM-DD</c>.</param>
/// <param name="ValidTo">Last valid day, <c>YYYY-MM-DD</c>; the policy's default validity when left out.</param>
/// <param name="Method"><c>idporten</c> or <c>skannet</c>.</param>
/// <param name="ChildView">The child's own words (required from 7, R-30).</param>
public sealed record ConsentRequest(
    IReadOnlyList<SignerRequest?>? Signers,
    IReadOnlyList<string?>? Services,
    IReadOnlyList<string?>? Categories,
    string? Purpose,
    string? ValidFrom,
    string? ValidTo,
    string? Method,
    string? ChildView)
{
    /// <summary>The domain input; unreadable dates become errors under <c>consent.…</c>.</summary>
    public ConsentInput ToInput(FieldErrors errors) => new(
        Signers?.Select((s, i) => s is null ? null : new SignerInput(s.Person?.ToInput($"consent.signers[{i}].person", errors), s.Capacity)).ToList(),
        Services,
        Categories,
        Purpose,
        DateField.Read(ValidFrom, "consent.validFrom", errors),
        DateField.Read(ValidTo, "consent.validTo", errors),
        Method,
        ChildView);
}
