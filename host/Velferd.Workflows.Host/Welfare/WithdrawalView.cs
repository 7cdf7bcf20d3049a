namespace Velferd.Workflows.Host.Welfare;

/// <summary>A withdrawal or narrowing of a consent.</summary>
/// <param name="Id">Id.</param>
/// <param name="At">When.</param>
/// <param name="Services">Services withdrawn from (empty: all).</param>
/// <param name="Categories">Categories withdrawn (empty: all).</param>
/// <param name="Via">How it came in.</param>
/// <param name="By">Who recorded it.</param>
public sealed record WithdrawalView(string Id, DateTimeOffset At, IReadOnlyList<string> Services, IReadOnlyList<string> Categories, string Via, string By);
