using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>Policy versions in memory, with the EF store's next-version rule.</summary>
public sealed class InMemoryPolicyStore(InMemoryWelfareTables tables) : IPolicyStore
{
    /// <inheritdoc />
    public Task<WelfarePolicy?> FindCurrentAsync(string municipality, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            return Task.FromResult(tables.Policies.Where(p => p.Municipality == municipality).MaxBy(p => p.Version));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<WelfarePolicy>> ListAsync(string municipality, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            IReadOnlyList<WelfarePolicy> versions = [.. tables.Policies.Where(p => p.Municipality == municipality).OrderBy(p => p.Version)];
            return Task.FromResult(versions);
        }
    }

    /// <inheritdoc />
    public Task AddAsync(WelfarePolicy policy, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            var newest = tables.Policies.Where(p => p.Municipality == policy.Municipality).Select(p => p.Version).DefaultIfEmpty(0).Max();
            if (policy.Version != newest + 1)
            {
                throw new ConcurrencyConflictException($"Policy version {policy.Version} does not follow version {newest}.");
            }

            tables.Policies.Add(policy);
        }

        return Task.CompletedTask;
    }
}
