namespace Velferd.Workflows.Host.Welfare;

/// <summary>One signer of a <see cref="ConsentRequest"/>.</summary>
/// <param name="Person">Who.</param>
/// <param name="Capacity"><c>forelder</c>, <c>selv</c> or <c>verge</c>.</param>
public sealed record SignerRequest(PersonRequest? Person, string? Capacity);
