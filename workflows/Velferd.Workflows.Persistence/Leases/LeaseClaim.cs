using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Velferd.Workflows.Persistence.Leases;

/// <summary>
/// The one way a node claims rows under a lease (stimuli, outbox messages, deadlines): pick the ids of up to
/// <c>max</c> claimable rows in order, mark them with a fresh claim token in one UPDATE that repeats the claimability
/// filter (so a row another node won in between is skipped, never taken twice), and read back the rows this claim won.
/// The token proves the claim when the holder reports back.
/// </summary>
internal static class LeaseClaim
{
    /// <summary>Claims up to <paramref name="max"/> rows of <paramref name="candidates"/>; returns them with the token.</summary>
    /// <param name="rows">The table.</param>
    /// <param name="candidates">The claimable rows (the filter is applied again in the UPDATE).</param>
    /// <param name="claimable">Narrows any query of the table to the rows that may be claimed now.</param>
    /// <param name="order">Which rows first.</param>
    /// <param name="max">How many at most.</param>
    /// <param name="mark">Sets the claim columns; gets the new token.</param>
    /// <param name="cancellationToken">Cancels the claim.</param>
    public static async Task<(IReadOnlyList<TRow> Rows, string Token)> ClaimAsync<TRow, TOrder>(
        DbSet<TRow> rows,
        IQueryable<TRow> candidates,
        Func<IQueryable<TRow>, IQueryable<TRow>> claimable,
        Expression<Func<TRow, TOrder>> order,
        int max,
        Action<UpdateSettersBuilder<TRow>, string> mark,
        CancellationToken cancellationToken)
        where TRow : class, ILeasedRow
    {
        var ids = await candidates.OrderBy(order).Select(r => r.Id).Take(max).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return ([], "");
        }

        var token = Guid.NewGuid().ToString("N");
        var claimed = await claimable(rows.Where(r => ids.Contains(r.Id))).ExecuteUpdateAsync(setters => mark(setters, token), cancellationToken);
        if (claimed == 0)
        {
            return ([], token);
        }

        return (await rows.AsNoTracking().Where(r => r.ClaimToken == token).OrderBy(order).ToListAsync(cancellationToken), token);
    }
}
