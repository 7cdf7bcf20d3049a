using System.Collections.Concurrent;
using Velferd.Workflows.Core.Stimuli;
using Xunit;

namespace Velferd.Workflows.Testing.Contracts;

/// <summary>What every <see cref="IStimulusQueue"/> must do; each implementation inherits it.</summary>
public abstract class StimulusQueueContract
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A fresh, empty set of stores.</summary>
    protected abstract Task<StoreUnit> CreateAsync();

    [Fact]
    public async Task EnqueueAsync_NewKey_StoresPendingStimulus()
    {
        await using var unit = await CreateAsync();
        var stimulus = StoreData.Stimulus("skjema-17");

        var (stored, created) = await unit.Stimuli.EnqueueAsync(stimulus, Ct);
        var found = await unit.Stimuli.FindAsync(stimulus.Id, Ct);

        Assert.True(created);
        Assert.Equal(stimulus.Id, stored.Id);
        Assert.NotNull(found);
        Assert.Equal(stimulus with { Payload = found.Payload }, found);
        Assert.Equal("Godkjent", found.Payload?["utfall"]?.GetValue<string>());
    }

    [Fact]
    public async Task EnqueueAsync_DuplicateIdempotencyKey_ReturnsExistingAndStoresOneRow()
    {
        await using var unit = await CreateAsync();
        var first = StoreData.Stimulus("skjema-17");
        await unit.Stimuli.EnqueueAsync(first, Ct);

        var (stored, created) = await unit.Stimuli.EnqueueAsync(StoreData.Stimulus("skjema-17"), Ct);
        var (_, createdAfterwards) = await unit.Stimuli.EnqueueAsync(StoreData.Stimulus("skjema-18"), Ct);

        Assert.False(created);
        Assert.Equal(first.Id, stored.Id);
        Assert.True(createdAfterwards);
        Assert.Equal(2, await unit.Stimuli.CountUnfinishedAsync(Ct));
    }

    [Fact]
    public async Task IsKeyUsedAsync_StoredKeyAlsoOnceFailed_TrueOtherKeysFalse()
    {
        await using var unit = await CreateAsync();
        await unit.Stimuli.EnqueueAsync(StoreData.Stimulus("start/overgang/sak-17"), Ct);
        await unit.Stimuli.EnqueueAsync(StoreData.Stimulus("start/overgang/sak-18"), Ct);
        var claimed = Assert.Single(await unit.Stimuli.ClaimAsync("node-a", 1, Lease, StoreData.Now, null, Ct));
        await unit.Stimuli.ReleaseAsync(claimed, StoreData.Now, "Gitt opp", failed: true, Ct);

        Assert.True(await unit.Stimuli.IsKeyUsedAsync("start/overgang/sak-17", Ct));
        Assert.True(await unit.Stimuli.IsKeyUsedAsync("start/overgang/sak-18", Ct));
        Assert.False(await unit.Stimuli.IsKeyUsedAsync("start/overgang/sak-1", Ct));
    }

    [Fact]
    public async Task RenewAsync_HeldClaim_ExtendsTheLeaseUntilTheStimulusIsDone()
    {
        await using var unit = await CreateAsync();
        var stimulus = StoreData.Stimulus();
        await unit.Stimuli.EnqueueAsync(stimulus, Ct);
        var claim = Assert.Single(await unit.Stimuli.ClaimAsync("node-a", 1, Lease, StoreData.Now, null, Ct));

        var renewed = await unit.Stimuli.RenewAsync(claim.ClaimToken, StoreData.Now + (Lease * 2), Ct);
        var pastTheFirstLease = await unit.Stimuli.ClaimAsync("node-b", 1, Lease, StoreData.Now + Lease + TimeSpan.FromSeconds(1), null, Ct);
        var pastTheRenewedLease = await unit.Stimuli.ClaimAsync("node-b", 1, Lease, StoreData.Now + (Lease * 2) + TimeSpan.FromSeconds(1), null, Ct);
        var renewedByTheLoser = await unit.Stimuli.RenewAsync(claim.ClaimToken, StoreData.Now + (Lease * 3), Ct);

        Assert.Equal(1, renewed);
        Assert.Empty(pastTheFirstLease);
        Assert.Single(pastTheRenewedLease);
        Assert.Equal(0, renewedByTheLoser);
    }

    [Fact]
    public async Task ClaimAsync_PendingStimulus_ClaimsUnderLeaseAndCountsTheAttempt()
    {
        await using var unit = await CreateAsync();
        var stimulus = StoreData.Stimulus();
        await unit.Stimuli.EnqueueAsync(stimulus, Ct);

        var claimed = Assert.Single(await unit.Stimuli.ClaimAsync("node-a", 10, Lease, StoreData.Now, null, Ct));
        var stored = await unit.Stimuli.FindAsync(stimulus.Id, Ct);

        Assert.Equal(stimulus.Id, claimed.Stimulus.Id);
        Assert.Equal((StimulusStatus.Claimed, 1), (claimed.Stimulus.Status, claimed.Stimulus.Attempts));
        Assert.False(string.IsNullOrEmpty(claimed.ClaimToken));
        Assert.Equal((StimulusStatus.Claimed, 1), (stored?.Status, stored?.Attempts));
        Assert.Equal(stimulus.WorkflowInstanceId, claimed.Stimulus.WorkflowInstanceId);
    }

    [Fact]
    public async Task ClaimAsync_NotYetAvailable_ClaimsNothingUntilItsTime()
    {
        await using var unit = await CreateAsync();
        await unit.Stimuli.EnqueueAsync(StoreData.Stimulus(availableAt: StoreData.Now.AddMinutes(5)), Ct);

        var early = await unit.Stimuli.ClaimAsync("node-a", 10, Lease, StoreData.Now, null, Ct);
        var onTime = await unit.Stimuli.ClaimAsync("node-a", 10, Lease, StoreData.Now.AddMinutes(5), null, Ct);

        Assert.Empty(early);
        Assert.Single(onTime);
    }

    [Fact]
    public async Task ClaimAsync_RowLeasedByAnotherDispatcher_IsSkippedWhileTheLeaseHolds()
    {
        await using var unit = await CreateAsync();
        await unit.Stimuli.EnqueueAsync(StoreData.Stimulus(), Ct);
        await unit.Stimuli.ClaimAsync("node-a", 10, Lease, StoreData.Now, null, Ct);

        var duringLease = await unit.Stimuli.ClaimAsync("node-b", 10, Lease, StoreData.Now + Lease - TimeSpan.FromSeconds(1), null, Ct);

        Assert.Empty(duringLease);
    }

    [Fact]
    public async Task ClaimAsync_ExpiredLease_ReclaimsWithANewTokenAndAnotherAttempt()
    {
        await using var unit = await CreateAsync();
        await unit.Stimuli.EnqueueAsync(StoreData.Stimulus(), Ct);
        var first = Assert.Single(await unit.Stimuli.ClaimAsync("node-a", 10, Lease, StoreData.Now, null, Ct));

        var second = Assert.Single(await unit.Stimuli.ClaimAsync("node-b", 10, Lease, StoreData.Now + Lease + TimeSpan.FromSeconds(1), null, Ct));

        Assert.Equal(first.Stimulus.Id, second.Stimulus.Id);
        Assert.NotEqual(first.ClaimToken, second.ClaimToken);
        Assert.Equal(2, second.Stimulus.Attempts);
    }

    [Fact]
    public async Task ClaimAsync_MoreAvailableThanMax_ClaimsTheOldestFirst()
    {
        await using var unit = await CreateAsync();
        var newest = StoreData.Stimulus(availableAt: StoreData.Now.AddSeconds(-1));
        var oldest = StoreData.Stimulus(availableAt: StoreData.Now.AddSeconds(-3));
        var middle = StoreData.Stimulus(availableAt: StoreData.Now.AddSeconds(-2));
        foreach (var stimulus in new[] { newest, oldest, middle })
        {
            await unit.Stimuli.EnqueueAsync(stimulus, Ct);
        }

        var claimed = await unit.Stimuli.ClaimAsync("node-a", 2, Lease, StoreData.Now, null, Ct);

        Assert.Equal([oldest.Id, middle.Id], claimed.Select(c => c.Stimulus.Id));
        Assert.Equal(1, claimed.Select(c => c.ClaimToken).Distinct().Count());
    }

    [Fact]
    public async Task ClaimAsync_WithStimulusId_ClaimsOnlyThatStimulus()
    {
        await using var unit = await CreateAsync();
        var wanted = StoreData.Stimulus();
        await unit.Stimuli.EnqueueAsync(StoreData.Stimulus(availableAt: StoreData.Now.AddSeconds(-10)), Ct);
        await unit.Stimuli.EnqueueAsync(wanted, Ct);

        var claimed = await unit.Stimuli.ClaimAsync("node-a", 10, Lease, StoreData.Now, wanted.Id, Ct);

        Assert.Equal([wanted.Id], claimed.Select(c => c.Stimulus.Id));
        Assert.Equal(2, await unit.Stimuli.CountUnfinishedAsync(Ct));
    }

    [Fact]
    public async Task ClaimAsync_TwoDispatchersInParallel_NeverReceiveTheSameStimulus()
    {
        await using var unit = await CreateAsync();
        await using var other = unit.OpenSibling();
        var ids = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var stimulus = StoreData.Stimulus(availableAt: StoreData.Now.AddSeconds(-i));
            await unit.Stimuli.EnqueueAsync(stimulus, Ct);
            ids.Add(stimulus.Id);
        }

        var byA = new ConcurrentBag<string>();
        var byB = new ConcurrentBag<string>();
        // Task.Run: some providers complete "async" calls synchronously, which would run the two one after the other.
        await Task.WhenAll(
            Task.Run(() => DrainAsync(unit, "node-a", byA), Ct),
            Task.Run(() => DrainAsync(other, "node-b", byB), Ct));
        var leftOver = await unit.Stimuli.ClaimAsync("node-c", 100, Lease, StoreData.Now, null, Ct);
        var all = byA.Concat(byB).Concat(leftOver.Select(c => c.Stimulus.Id)).ToList();

        Assert.Empty(byA.Intersect(byB));
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(ids.Order(), all.Order());
    }

    [Fact]
    public async Task ReleaseAsync_ForRetry_PendingAgainFromTheGivenTime()
    {
        await using var unit = await CreateAsync();
        await unit.Stimuli.EnqueueAsync(StoreData.Stimulus(), Ct);
        var claimed = Assert.Single(await unit.Stimuli.ClaimAsync("node-a", 10, Lease, StoreData.Now, null, Ct));
        var retryAt = StoreData.Now.AddMinutes(2);

        await unit.Stimuli.ReleaseAsync(claimed, retryAt, "Tidsavbrudd", failed: false, Ct);
        var released = await unit.Stimuli.FindAsync(claimed.Stimulus.Id, Ct);
        var tooEarly = await unit.Stimuli.ClaimAsync("node-a", 10, Lease, retryAt.AddSeconds(-1), null, Ct);
        var retried = await unit.Stimuli.ClaimAsync("node-a", 10, Lease, retryAt, null, Ct);

        Assert.Equal((StimulusStatus.Pending, "Tidsavbrudd"), (released?.Status, released?.LastError));
        Assert.Empty(tooEarly);
        Assert.Equal(2, Assert.Single(retried).Stimulus.Attempts);
    }

    [Fact]
    public async Task ReleaseAsync_Failed_MarksFailedAndNeverClaimsItAgain()
    {
        await using var unit = await CreateAsync();
        await unit.Stimuli.EnqueueAsync(StoreData.Stimulus(), Ct);
        var claimed = Assert.Single(await unit.Stimuli.ClaimAsync("node-a", 10, Lease, StoreData.Now, null, Ct));

        await unit.Stimuli.ReleaseAsync(claimed, StoreData.Now, "Definisjonen finnes ikke", failed: true, Ct);
        var failed = await unit.Stimuli.FindAsync(claimed.Stimulus.Id, Ct);
        var later = await unit.Stimuli.ClaimAsync("node-a", 10, Lease, StoreData.Now.AddDays(1), null, Ct);

        Assert.Equal((StimulusStatus.Failed, "Definisjonen finnes ikke"), (failed?.Status, failed?.LastError));
        Assert.Empty(later);
        Assert.Equal(0, await unit.Stimuli.CountUnfinishedAsync(Ct));
    }

    [Fact]
    public async Task ReleaseAsync_LeaseLostToAnotherDispatcher_LeavesTheirClaimAlone()
    {
        await using var unit = await CreateAsync();
        await unit.Stimuli.EnqueueAsync(StoreData.Stimulus(), Ct);
        var lost = Assert.Single(await unit.Stimuli.ClaimAsync("node-a", 10, Lease, StoreData.Now, null, Ct));
        var later = StoreData.Now + Lease + TimeSpan.FromSeconds(1);
        Assert.Single(await unit.Stimuli.ClaimAsync("node-b", 10, Lease, later, null, Ct));

        await unit.Stimuli.ReleaseAsync(lost, later, "For sent", failed: true, Ct);
        var stored = await unit.Stimuli.FindAsync(lost.Stimulus.Id, Ct);
        var whileNodeBHoldsIt = await unit.Stimuli.ClaimAsync("node-c", 10, Lease, later.AddSeconds(1), null, Ct);

        Assert.Equal(StimulusStatus.Claimed, stored?.Status);
        Assert.Null(stored?.LastError);
        Assert.Empty(whileNodeBHoldsIt);
    }

    [Fact]
    public async Task CountUnfinishedAsync_MixedStatuses_CountsPendingAndClaimedOnly()
    {
        await using var unit = await CreateAsync();
        for (var i = 0; i < 4; i++)
        {
            await unit.Stimuli.EnqueueAsync(StoreData.Stimulus(availableAt: StoreData.Now.AddSeconds(i)), Ct);
        }

        var claimed = await unit.Stimuli.ClaimAsync("node-a", 2, Lease, StoreData.Now.AddSeconds(10), null, Ct);
        await unit.Instances.CommitAsync(new Core.Instances.BurstCommit { Stimulus = claimed[0] }, Ct);
        await unit.Stimuli.ReleaseAsync(claimed[1], StoreData.Now, "Gitt opp", failed: true, Ct);
        await unit.Stimuli.ClaimAsync("node-a", 1, Lease, StoreData.Now.AddSeconds(10), null, Ct);

        var unfinished = await unit.Stimuli.CountUnfinishedAsync(Ct);

        Assert.Equal(2, unfinished);
    }

    /// <summary>Claims small batches until nothing is left for this dispatcher.</summary>
    private static async Task DrainAsync(StoreUnit unit, string owner, ConcurrentBag<string> claimedIds)
    {
        for (var round = 0; round < 100; round++)
        {
            var claimed = await unit.Stimuli.ClaimAsync(owner, 3, Lease, StoreData.Now, null, Ct);
            if (claimed.Count == 0)
            {
                return;
            }

            foreach (var stimulus in claimed)
            {
                claimedIds.Add(stimulus.Stimulus.Id);
            }
        }
    }
}
