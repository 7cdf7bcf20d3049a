using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Activities.Outbox;

/// <summary>How the outbox worker claims, retries and gives up.</summary>
public sealed class OutboxOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Workflows:Outbox";

    /// <summary>False leaves the outbox to other nodes (or to tests that drive the dispatcher themselves).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a claim holds; longer than a call with all its HTTP retries can take.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often an idle worker looks for messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most messages claimed at once.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 16;

    /// <summary>Most calls in flight at once per node.</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>The retry budget of services without their own entry in <see cref="Services"/>.</summary>
    [Required]
    public OutboxRetryBudget Default { get; set; } = new();

    /// <summary>Per-service budgets by service name (the archive waits longer before an incident).</summary>
    public Dictionary<string, OutboxRetryBudget> Services { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        // DOMAIN.md R-71: the archive never blocks a case; operations are alerted after 4 hours.
        ["Arkiv"] = new OutboxRetryBudget { MaxAttempts = 1000, IncidentAfter = TimeSpan.FromHours(4), MaxDelay = TimeSpan.FromMinutes(10) },
    };

    /// <summary>The budget for a service.</summary>
    public OutboxRetryBudget BudgetFor(string service) => Services.TryGetValue(service, out var budget) ? budget : Default;
}

/// <summary>
/// How long the outbox keeps trying one message: exponential back-off with jitter from <see cref="BaseDelay"/> to
/// <see cref="MaxDelay"/> (never sooner than a service's <c>Retry-After</c>), until <see cref="MaxAttempts"/> or
/// <see cref="IncidentAfter"/> since the first failure, whichever comes first; then an incident.
/// </summary>
public sealed class OutboxRetryBudget
{
    /// <summary>Attempts (each with the HTTP client's own short retries) before an incident.</summary>
    [Range(1, 100_000)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Time since the first failure after which the next failure raises an incident.</summary>
    public TimeSpan IncidentAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The first back-off.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest back-off.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);
}
