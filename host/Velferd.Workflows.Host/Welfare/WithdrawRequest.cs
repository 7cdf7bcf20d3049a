namespace Velferd.Workflows.Host.Welfare;

/// <summary>The body of <c>POST /api/consents/{id}/withdraw</c>: everything, or only the services or categories named .</summary>
/// <param name="Services">Services to withdraw from.</param>
/// <param name="Categories">Categories to withdraw.</param>
/// <param name="Via"><c>muntlig</c>, <c>skriftlig</c> or <c>idporten</c>.</param>
public sealed record WithdrawRequest(IReadOnlyList<string?>? Services, IReadOnlyList<string?>? Categories, string? Via);
