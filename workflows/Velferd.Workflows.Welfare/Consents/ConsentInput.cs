using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Welfare.Consents;

/// <summary>A consent as <c>POST /api/cases/{id}/consents</c> records it.</summary>
/// <param name="Signers">Who signed.</param>
/// <param name="Services">The services (<see cref="ConsentServices"/>).</param>
/// <param name="Categories">The categories (<see cref="ConsentCategories"/>).</param>
/// <param name="Purpose">The purpose.</param>
/// <param name="ValidFrom">First valid day.</param>
/// <param name="ValidTo">Last valid day; by default the policy's validity from <paramref name="ValidFrom"/>.</param>
/// <param name="Method"><c>idporten</c> or <c>skannet</c>.</param>
/// <param name="ChildView">The child's own words; required from age 7 .</param>
public sealed record ConsentInput(
    IReadOnlyList<SignerInput?>? Signers,
    IReadOnlyList<string?>? Services,
    IReadOnlyList<string?>? Categories,
    string? Purpose,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? Method,
    string? ChildView);

/// <summary>One signer of a <see cref="ConsentInput"/>.</summary>
/// <param name="Person">Who.</param>
/// <param name="Capacity"><c>forelder</c>, <c>selv</c> or <c>verge</c>.</param>
public sealed record SignerInput(PersonInput? Person, string? Capacity);
