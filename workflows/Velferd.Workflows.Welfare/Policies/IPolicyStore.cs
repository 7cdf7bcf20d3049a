namespace Velferd.Workflows.Welfare.Policies;

/// <summary>The versions of each municipality's policy values.</summary>
public interface IPolicyStore
{
    /// <summary>The newest stored version, or null when none was stored (the defaults are in force).</summary>
    Task<WelfarePolicy?> FindCurrentAsync(string municipality, CancellationToken cancellationToken);

    /// <summary>Every stored version, oldest first.</summary>
    Task<IReadOnlyList<WelfarePolicy>> ListAsync(string municipality, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new version. Its number must be one more than the newest stored (1 for the first), else
    /// <see cref="Core.Instances.ConcurrencyConflictException"/> and nothing is stored.
    /// </summary>
    Task AddAsync(WelfarePolicy policy, CancellationToken cancellationToken);
}
