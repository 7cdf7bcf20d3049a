using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare.Consents;
using Xunit;

namespace Velferd.Workflows.Testing.Contracts;

/// <summary>
/// What a transactional <see cref="IStimulusOutbox"/> must do (the database stores; the in-memory one has no
/// transactions): a domain write and the pathway starts it causes commit together or not at all, so a process that
/// stops right after the commit, before anything applied the start, loses nothing.
/// </summary>
public abstract class StimulusOutboxContract
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A fresh, empty set of stores.</summary>
    protected abstract Task<StoreUnit> CreateAsync();

    [Fact]
    public async Task CommitAsync_ProcessStopsBeforeApplyingTheStart_TheStartIsStoredAndAnyDispatcherClaimsIt()
    {
        await using var unit = await CreateAsync();
        var subject = WelfareCaseBuilder.Open().Build();
        var start = Start($"registry/{subject.Id}");

        // The commit is where the process "dies": nothing applies the start afterwards on this node.
        await unit.StimulusOutbox.CommitAsync([start], ct => unit.Cases.AddAsync(subject, [], ct), Ct);
        await using var restarted = unit.OpenSibling();
        var claimed = await restarted.Stimuli.ClaimAsync("node-after-restart", 10, Lease, StoreData.Now, null, Ct);

        Assert.NotNull(await restarted.Cases.FindAsync(subject.Id, Ct));
        Assert.Equal(start.Id, Assert.Single(claimed).Stimulus.Id);
    }

    [Fact]
    public async Task CommitAsync_StartKeyAlreadyStored_ConcurrencyConflictAndTheDomainWriteIsRolledBack()
    {
        await using var unit = await CreateAsync();
        var subject = WelfareCaseBuilder.Open().Build();
        await unit.Stimuli.EnqueueAsync(Start($"registry/{subject.Id}"), Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => unit.StimulusOutbox.CommitAsync([Start($"registry/{subject.Id}")], ct => unit.Cases.AddAsync(subject, [], ct), Ct));
        await using var after = unit.OpenSibling();

        Assert.Null(await after.Cases.FindAsync(subject.Id, Ct));
        Assert.Equal(1, await after.Stimuli.CountUnfinishedAsync(Ct));
    }

    [Fact]
    public async Task CommitAsync_DomainWriteFailsAfterItsSave_NoStartIsStored()
    {
        await using var unit = await CreateAsync();
        var subject = WelfareCaseBuilder.Open().Build();

        await Assert.ThrowsAsync<InvalidOperationException>(() => unit.StimulusOutbox.CommitAsync([Start($"registry/{subject.Id}")], async ct =>
        {
            await unit.Cases.AddAsync(subject, [], ct);
            throw new InvalidOperationException("The second half of the domain write failed.");
        }, Ct));
        await using var after = unit.OpenSibling();

        Assert.Null(await after.Cases.FindAsync(subject.Id, Ct));
        Assert.Equal(0, await after.Stimuli.CountUnfinishedAsync(Ct));
    }

    [Fact]
    public async Task CommitAsync_R32_RenewalMarkedAndProcessStops_TheRenewalSignalIsStoredWithTheMark()
    {
        await using var unit = await CreateAsync();
        var subject = await unit.Cases.AddAsync(WelfareCaseBuilder.Open().Build(), [], Ct);
        var consent = ConsentBuilder.For(subject).Build();
        await unit.Consents.AddAsync(consent, [], Ct);
        var signal = RenewalSignal(consent);

        await unit.StimulusOutbox.CommitAsync([signal], ct => unit.Consents.MarkFollowedUpAsync(consent, Renewal(consent), ct), Ct);
        await using var restarted = unit.OpenSibling();
        var claimed = await restarted.Stimuli.ClaimAsync("node-after-restart", 10, Lease, StoreData.Now, null, Ct);

        Assert.Equal(StoreData.Now, (await restarted.Consents.FindAsync(consent.Id, Ct))!.RenewalRequestedAt);
        Assert.Equal(signal.Id, Assert.Single(claimed).Stimulus.Id);
    }

    [Fact]
    public async Task CommitAsync_R32_RenewalAlreadyMarkedByAnotherNode_NoSecondSignalIsStored()
    {
        await using var unit = await CreateAsync();
        var subject = await unit.Cases.AddAsync(WelfareCaseBuilder.Open().Build(), [], Ct);
        var consent = ConsentBuilder.For(subject).Build();
        await unit.Consents.AddAsync(consent, [], Ct);
        await unit.Consents.MarkFollowedUpAsync(consent, Renewal(consent), Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            unit.StimulusOutbox.CommitAsync([RenewalSignal(consent)], ct => unit.Consents.MarkFollowedUpAsync(consent, Renewal(consent), ct), Ct));
        await using var after = unit.OpenSibling();

        Assert.Equal(0, await after.Stimuli.CountUnfinishedAsync(Ct));
    }

    private static ConsentFollowUp Renewal(Consent consent) => new(consent with { RenewalRequestedAt = StoreData.Now }, [], [], false);

    private static Stimulus RenewalSignal(Consent consent) => StoreData.Stimulus($"signal/consent/{consent.Id}/renewal") with
    {
        Kind = StimulusKind.Signal,
        BookmarkId = null,
        EventName = ConsentExpiryScan.RenewalDueEvent,
        CorrelationId = consent.CaseId,
    };

    private static Stimulus Start(string key) => StoreData.Stimulus($"start/{key}") with
    {
        Kind = StimulusKind.Start,
        BookmarkId = null,
        DefinitionVersionId = "versjon-1",
    };
}
