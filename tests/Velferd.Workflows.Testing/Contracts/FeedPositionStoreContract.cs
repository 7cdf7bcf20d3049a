using Velferd.Workflows.Core.Feeds;
using Xunit;

namespace Velferd.Workflows.Testing.Contracts;

/// <summary>What every <see cref="IFeedPositionStore"/> must do; each implementation inherits it.</summary>
public abstract class FeedPositionStoreContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A fresh, empty set of stores.</summary>
    protected abstract Task<StoreUnit> CreateAsync();

    [Fact]
    public async Task FindAsync_FeedNeverRead_IsNull()
    {
        await using var unit = await CreateAsync();

        Assert.Null(await unit.FeedPositions.FindAsync("folkeregister-hendelser", Ct));
    }

    [Fact]
    public async Task AdvanceAsync_MovesForward_AndIgnoresAnOlderPosition()
    {
        await using var unit = await CreateAsync();

        await unit.FeedPositions.AdvanceAsync("folkeregister-hendelser", 17, Ct);
        await unit.FeedPositions.AdvanceAsync("folkeregister-hendelser", 42, Ct);
        await unit.FeedPositions.AdvanceAsync("folkeregister-hendelser", 30, Ct);
        await unit.FeedPositions.AdvanceAsync("annen-feed", 5, Ct);

        Assert.Equal(42, await unit.FeedPositions.FindAsync("folkeregister-hendelser", Ct));
        Assert.Equal(5, await unit.FeedPositions.FindAsync("annen-feed", Ct));
    }

    [Fact]
    public async Task AdvanceAsync_TwoNodesStoreTheFirstPositionAtOnce_TheFurthestWins()
    {
        await using var unit = await CreateAsync();
        await using var other = unit.OpenSibling();

        // Several feeds, so the two first writes meet in different orders.
        var feeds = Enumerable.Range(1, 6).Select(i => $"feed-{i}").ToList();
        foreach (var (feed, i) in feeds.Select((f, i) => (f, i)))
        {
            var (lower, higher) = i % 2 == 0 ? (unit, other) : (other, unit);
            await Task.WhenAll(lower.FeedPositions.AdvanceAsync(feed, 8, Ct), higher.FeedPositions.AdvanceAsync(feed, 9, Ct));
        }

        foreach (var feed in feeds)
        {
            Assert.Equal(9, await unit.FeedPositions.FindAsync(feed, Ct));
        }
    }
}
