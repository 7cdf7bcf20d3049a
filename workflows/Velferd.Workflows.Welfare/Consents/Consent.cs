namespace Velferd.Workflows.Welfare.Consents;

/// <summary>
/// A written consent (samtykke, R-26): given by its signers to services, for information categories and a purpose,
/// valid from and to (both dates inclusive, Oslo dates), given in ID-porten or on a scanned form, with the child's
/// view. Withdrawals are kept with it, never deleted, so the history stays readable.
/// </summary>
public sealed record Consent
{
    /// <summary>Time-ordered id.</summary>
    public required string Id { get; init; }

    /// <summary>The case it belongs to.</summary>
    public required string CaseId { get; init; }

    /// <summary>Who signed, in which capacity.</summary>
    public required IReadOnlyList<ConsentSigner> Signers { get; init; }

    /// <summary>The services it is given to.</summary>
    public required IReadOnlyList<string> Services { get; init; }

    /// <summary>The information categories it covers.</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>What the information may be used for.</summary>
    public required string Purpose { get; init; }

    /// <summary>First day it is valid.</summary>
    public required DateOnly ValidFrom { get; init; }

    /// <summary>Last day it is valid.</summary>
    public required DateOnly ValidTo { get; init; }

    /// <summary><see cref="ConsentMethod"/>.</summary>
    public required string Method { get; init; }

    /// <summary>The child's own view, in their words .</summary>
    public string? ChildView { get; init; }

    /// <summary>When it was recorded.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>Who recorded it.</summary>
    public required string RecordedBy { get; init; }

    /// <summary>When the consent-expiry scan asked for its renewal, or null.</summary>
    public DateTimeOffset? RenewalRequestedAt { get; init; }

    /// <summary>When the consent-expiry scan handled its expiry, or null.</summary>
    public DateTimeOffset? ExpiryHandledAt { get; init; }

    /// <summary>Withdrawals and narrowings, oldest first.</summary>
    public IReadOnlyList<ConsentWithdrawal> Withdrawals { get; init; } = [];

    /// <summary>Every service and category pair it was given for.</summary>
    public IEnumerable<ScopeItem> GivenScope => Services.SelectMany(s => Categories.Select(c => new ScopeItem(s, c)));

    /// <summary>The pairs it still covers after its withdrawals (whatever the date).</summary>
    public IEnumerable<ScopeItem> RemainingScope => GivenScope.Where(item => !IsWithdrawn(item));

    /// <summary>True when nothing is left of it.</summary>
    public bool IsFullyWithdrawn => !RemainingScope.Any();

    /// <summary>True when a withdrawal removed <paramref name="item"/>.</summary>
    public bool IsWithdrawn(ScopeItem item) => Withdrawals.Any(w => w.Removes(item));

    /// <summary>True when it was given for <paramref name="item"/> (withdrawn or not).</summary>
    public bool WasGivenFor(ScopeItem item) => Services.Contains(item.Service) && Categories.Contains(item.Category);

    /// <summary>True when <paramref name="day"/> lies within its validity.</summary>
    public bool IsInForceOn(DateOnly day) => ValidFrom <= day && day <= ValidTo;
}
