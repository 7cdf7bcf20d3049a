using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Welfare.Consents;

/// <summary>Who signed a consent, and in what capacity (<see cref="SignerCapacity"/>).</summary>
/// <param name="Person">The signer's identity.</param>
/// <param name="Capacity"><c>forelder</c>, <c>selv</c> or <c>verge</c>.</param>
/// <param name="Name">The name as entered (never logged).</param>
public sealed record ConsentSigner(PersonIdentity Person, string Capacity, string? Name);
