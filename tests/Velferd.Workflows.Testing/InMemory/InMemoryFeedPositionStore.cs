using System.Collections.Concurrent;
using Velferd.Workflows.Core.Feeds;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>Feed positions in memory, with the same only-forward rule as the database store.</summary>
public sealed class InMemoryFeedPositionStore : IFeedPositionStore
{
    private readonly ConcurrentDictionary<string, long> _positions = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<long?> FindAsync(string feed, CancellationToken cancellationToken) =>
        Task.FromResult(_positions.TryGetValue(feed, out var next) ? next : (long?)null);

    /// <inheritdoc />
    public Task AdvanceAsync(string feed, long next, CancellationToken cancellationToken)
    {
        _positions.AddOrUpdate(feed, next, (_, stored) => Math.Max(stored, next));
        return Task.CompletedTask;
    }
}
