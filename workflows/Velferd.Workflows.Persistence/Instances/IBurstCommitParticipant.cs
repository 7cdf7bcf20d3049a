using System.Data.Common;
using Velferd.Workflows.Core.Instances;

namespace Velferd.Workflows.Persistence.Instances;

/// <summary>
/// Writes a feature's rows as part of a burst commit, inside its transaction: the tasks, deadlines or outbox
/// messages in <see cref="BurstCommit.Effects"/>, and whatever the removed bookmarks make moot (a cancelled branch's
/// open task). Registered in DI; the instance store calls every participant after the instances are written, once
/// per transaction with every burst of the group, so a participant looks up and writes for all of them at once.
/// </summary>
public interface IBurstCommitParticipant
{
    /// <summary>Writes this feature's part of the commits. Throwing rolls the whole group back.</summary>
    Task WriteAsync(IReadOnlyList<BurstCommit> commits, BurstTransaction transaction, CancellationToken cancellationToken);
}

/// <summary>The open transaction of a burst commit: use the connection and transaction for plain SQL, or the context.</summary>
/// <param name="Context">The context; <c>SaveChangesAsync</c> on it joins the transaction.</param>
/// <param name="Connection">The open connection.</param>
/// <param name="Transaction">The burst's transaction.</param>
/// <param name="Handled">Effects a participant wrote; the store checks that every effect was handled.</param>
public sealed record BurstTransaction(WorkflowsDbContext Context, DbConnection Connection, DbTransaction Transaction, ISet<Velferd.Workflows.Core.Runtime.IBurstEffect> Handled);
