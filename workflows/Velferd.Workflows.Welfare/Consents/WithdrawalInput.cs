namespace Velferd.Workflows.Welfare.Consents;

/// <summary>A withdrawal as <c>POST /api/consents/{id}/withdraw</c> records it: all of it, or a narrower scope.</summary>
/// <param name="Services">Services to withdraw from; none for all.</param>
/// <param name="Categories">Categories to withdraw; none for all.</param>
/// <param name="Via"><c>muntlig</c>, <c>skriftlig</c> or <c>idporten</c>.</param>
public sealed record WithdrawalInput(IReadOnlyList<string?>? Services, IReadOnlyList<string?>? Categories, string? Via);
