namespace Velferd.Workflows.Core.Feeds;

/// <summary>
/// Where each followed change feed (such as Folkeregisteret's hendelser) is to be read from next, kept in the
/// database so a restarted node does not read the whole feed again. A position only ever moves forward.
/// </summary>
public interface IFeedPositionStore
{
    /// <summary>The next sequence number to read from <paramref name="feed"/>, or null if it was never read.</summary>
    Task<long?> FindAsync(string feed, CancellationToken cancellationToken);

    /// <summary>Records that everything before <paramref name="next"/> was handled; a lower value than stored is ignored.</summary>
    Task AdvanceAsync(string feed, long next, CancellationToken cancellationToken);
}
