using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Persistence.Welfare;

/// <summary>Policy versions in <c>welfare_policies</c>; the (municipality, version) key lets only one writer store a version.</summary>
public sealed class EfPolicyStore(WorkflowsDbContext db) : IPolicyStore
{
    private IQueryable<PolicyRow> Policies => db.Set<PolicyRow>().AsNoTracking();

    /// <inheritdoc />
    public async Task<WelfarePolicy?> FindCurrentAsync(string municipality, CancellationToken cancellationToken)
    {
        var row = await Policies.Where(p => p.Municipality == municipality).OrderByDescending(p => p.Version).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : WelfareMapping.ToModel(row);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WelfarePolicy>> ListAsync(string municipality, CancellationToken cancellationToken) =>
        [.. (await Policies.Where(p => p.Municipality == municipality).OrderBy(p => p.Version).ToListAsync(cancellationToken)).Select(WelfareMapping.ToModel)];

    /// <inheritdoc />
    public async Task AddAsync(WelfarePolicy policy, CancellationToken cancellationToken)
    {
        var newest = await Policies.Where(p => p.Municipality == policy.Municipality).MaxAsync(p => (int?)p.Version, cancellationToken) ?? 0;
        if (policy.Version != newest + 1)
        {
            throw new ConcurrencyConflictException($"Policy version {policy.Version} does not follow version {newest}.");
        }

        try
        {
            db.Set<PolicyRow>().Add(WelfareMapping.ToRow(policy));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another writer stored the same version between our read and our insert.
            throw new ConcurrencyConflictException($"Policy version {policy.Version} was stored by someone else.");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
