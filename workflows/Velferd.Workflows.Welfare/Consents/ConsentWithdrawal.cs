namespace Velferd.Workflows.Welfare.Consents;

/// <summary>
/// A withdrawal of a consent. Empty <see cref="Services"/> and <see cref="Categories"/> withdraw it all;
/// otherwise it narrows the consent: it removes each covered pair whose service is listed (or none are) and whose
/// category is listed (or none are).
/// </summary>
/// <param name="Id">Time-ordered id.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Services">The services withdrawn from; empty for all.</param>
/// <param name="Categories">The categories withdrawn; empty for all.</param>
/// <param name="Via">How it came in (<see cref="WithdrawalChannel"/>).</param>
/// <param name="By">Who recorded it.</param>
public sealed record ConsentWithdrawal(
    string Id,
    DateTimeOffset At,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Categories,
    string Via,
    string By)
{
    /// <summary>True when this withdrawal removes <paramref name="item"/>.</summary>
    public bool Removes(ScopeItem item) =>
        (Services.Count == 0 || Services.Contains(item.Service)) && (Categories.Count == 0 || Categories.Contains(item.Category));
}
