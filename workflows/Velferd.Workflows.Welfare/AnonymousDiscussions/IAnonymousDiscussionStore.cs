namespace Velferd.Workflows.Welfare.AnonymousDiscussions;

/// <summary>Anonymous discussions .</summary>
public interface IAnonymousDiscussionStore
{
    /// <summary>Stores one.</summary>
    Task AddAsync(AnonymousDiscussion discussion, CancellationToken cancellationToken);

    /// <summary>Reads one, or null.</summary>
    Task<AnonymousDiscussion?> FindAsync(string id, CancellationToken cancellationToken);
}
