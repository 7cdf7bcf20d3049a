namespace Velferd.Workflows.Host.Welfare;

/// <summary>A signer of a consent.</summary>
/// <param name="Fnr">Fødselsnummer.</param>
/// <param name="Dnr">D-number.</param>
/// <param name="Name">Name.</param>
/// <param name="Capacity"><c>forelder</c>, <c>selv</c> or <c>verge</c>.</param>
public sealed record SignerView(string? Fnr, string? Dnr, string? Name, string Capacity);
