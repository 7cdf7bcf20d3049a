using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Xunit;

namespace Velferd.Workflows.Testing.Contracts;

/// <summary>What every <see cref="IWorkflowInstanceStore"/> must do; each implementation inherits it.</summary>
public abstract class WorkflowInstanceStoreContract
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A fresh, empty set of stores.</summary>
    protected abstract Task<StoreUnit> CreateAsync();

    [Fact]
    public async Task CommitAsync_NewInstance_StoresInstanceBookmarksAndLogTogether()
    {
        await using var unit = await CreateAsync();
        var instance = StoreData.Instance(correlationId: "sak-17");
        var bookmark = StoreData.Bookmark(correlationId: "sak-17");
        var claimed = await EnqueueAndClaimAsync(unit);

        await unit.Instances.CommitAsync(
            new BurstCommit
            {
                Stimulus = claimed,
                Instance = instance,
                IsNewInstance = true,
                AddedBookmarks = [bookmark],
                ExecutionLog = [StoreData.LogEntry(instance.Id, 1), StoreData.LogEntry(instance.Id, 2)],
            },
            Ct);
        var stored = await unit.Instances.FindAsync(instance.Id, Ct);

        Assert.NotNull(stored);
        Assert.Equal(1, instance.Revision);
        Assert.Equal(1, stored.Revision);
        Assert.Equal([new BookmarkMatch(instance.Id, bookmark.Id)], await unit.Instances.FindBookmarksAsync("Elsa.Event", "Samtykke", "sak-17", Ct));
        Assert.Equal([1L, 2L], (await unit.Instances.GetExecutionLogAsync(instance.Id, Ct)).Select(r => r.Sequence));
        Assert.Equal(StimulusStatus.Done, (await unit.Stimuli.FindAsync(claimed.Stimulus.Id, Ct))?.Status);
    }

    [Fact]
    public async Task FindAsync_CommittedInstance_RoundTripsHeaderAndState()
    {
        await using var unit = await CreateAsync();
        var instance = StoreData.Instance(correlationId: "sak-17", status: WorkflowStatus.Finished, subStatus: WorkflowSubStatus.Faulted);
        instance.FinishedAt = StoreData.Now.AddHours(1);
        instance.State.Bookmarks.Add(StoreData.Bookmark());
        instance.State.JoinTokens["join"] = ["a", "b"];
        instance.State.Output["resultat"] = new JsonObject { ["godkjent"] = true };

        await unit.Instances.CommitAsync(new BurstCommit { Instance = instance, IsNewInstance = true }, Ct);
        var stored = await unit.Instances.FindAsync(instance.Id, Ct);

        Assert.NotNull(stored);
        Assert.Equal(
            (instance.DefinitionId, instance.DefinitionVersionId, instance.DefinitionVersion, instance.Name, instance.CorrelationId),
            (stored.DefinitionId, stored.DefinitionVersionId, stored.DefinitionVersion, stored.Name, stored.CorrelationId));
        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Faulted), (stored.Status, stored.SubStatus));
        Assert.Equal((instance.CreatedAt, instance.UpdatedAt, instance.FinishedAt), (stored.CreatedAt, stored.UpdatedAt, stored.FinishedAt));
        Assert.Equal("sak-17", stored.State.Variables["sak"]?.GetValue<string>());
        Assert.Equal(3, stored.State.Variables["antall"]?.GetValue<int>());
        Assert.Equal("Tidsavbrudd", Assert.Single(stored.State.Incidents).Message);
        Assert.Equal(instance.State.Bookmarks[0], Assert.Single(stored.State.Bookmarks) with { Payload = instance.State.Bookmarks[0].Payload });
        Assert.Equal(["a", "b"], stored.State.JoinTokens["join"]);
        Assert.True(stored.State.Output["resultat"]?["godkjent"]?.GetValue<bool>());
        Assert.Equal(2, stored.State.ExecutionSequence);
    }

    [Fact]
    public async Task FindAsync_UnknownId_ReturnsNull()
    {
        await using var unit = await CreateAsync();

        var stored = await unit.Instances.FindAsync(StoreData.IdAt(0), Ct);

        Assert.Null(stored);
    }

    [Fact]
    public async Task CommitAsync_UpdateAtCurrentRevision_SavesAndIncrementsRevision()
    {
        await using var unit = await CreateAsync();
        var instance = StoreData.Instance();
        await unit.Instances.CommitAsync(new BurstCommit { Instance = instance, IsNewInstance = true }, Ct);
        var loaded = (await unit.Instances.FindAsync(instance.Id, Ct))!;
        loaded.SubStatus = WorkflowSubStatus.Finished;
        loaded.State.Variables["antall"] = JsonValue.Create(4);

        await unit.Instances.CommitAsync(new BurstCommit { Instance = loaded }, Ct);
        var stored = await unit.Instances.FindAsync(instance.Id, Ct);

        Assert.Equal(2, loaded.Revision);
        Assert.Equal(2, stored?.Revision);
        Assert.Equal(WorkflowSubStatus.Finished, stored?.SubStatus);
        Assert.Equal(4, stored?.State.Variables["antall"]?.GetValue<int>());
    }

    [Fact]
    public async Task CommitAsync_StaleRevision_ThrowsConflictAndStoresNothingOfTheCommit()
    {
        await using var unit = await CreateAsync();
        var instance = StoreData.Instance(correlationId: "sak-17");
        await unit.Instances.CommitAsync(
            new BurstCommit { Instance = instance, IsNewInstance = true, ExecutionLog = [StoreData.LogEntry(instance.Id, 1)] }, Ct);
        var stale = (await unit.Instances.FindAsync(instance.Id, Ct))!;
        var fresh = (await unit.Instances.FindAsync(instance.Id, Ct))!;
        await unit.Instances.CommitAsync(new BurstCommit { Instance = fresh, ExecutionLog = [StoreData.LogEntry(instance.Id, 2)] }, Ct);
        var claimed = await EnqueueAndClaimAsync(unit);
        stale.SubStatus = WorkflowSubStatus.Finished;

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => unit.Instances.CommitAsync(
            new BurstCommit
            {
                Stimulus = claimed,
                Instance = stale,
                AddedBookmarks = [StoreData.Bookmark(correlationId: "sak-17")],
                ExecutionLog = [StoreData.LogEntry(instance.Id, 3)],
                NewStimuli = [StoreData.Stimulus("oppfolging")],
            },
            Ct));
        var stored = await unit.Instances.FindAsync(instance.Id, Ct);

        Assert.Equal(1, stale.Revision);
        Assert.Equal((2L, WorkflowSubStatus.Suspended), (stored!.Revision, stored.SubStatus));
        Assert.Equal([1L, 2L], (await unit.Instances.GetExecutionLogAsync(instance.Id, Ct)).Select(r => r.Sequence));
        Assert.Empty(await unit.Instances.FindBookmarksAsync("Elsa.Event", "Samtykke", null, Ct));
        Assert.Equal(StimulusStatus.Claimed, (await unit.Stimuli.FindAsync(claimed.Stimulus.Id, Ct))?.Status);
        Assert.Equal(1, await unit.Stimuli.CountUnfinishedAsync(Ct));
    }

    [Fact]
    public async Task CommitAsync_LeaseTakenOverByAnotherDispatcher_ThrowsConflictAndStoresNothing()
    {
        await using var unit = await CreateAsync();
        var lost = await EnqueueAndClaimAsync(unit);
        var taken = await unit.Stimuli.ClaimAsync("node-b", 10, Lease, StoreData.Now + Lease + TimeSpan.FromSeconds(1), null, Ct);
        var instance = StoreData.Instance(correlationId: "sak-17");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => unit.Instances.CommitAsync(
            new BurstCommit
            {
                Stimulus = lost,
                Instance = instance,
                IsNewInstance = true,
                AddedBookmarks = [StoreData.Bookmark(correlationId: "sak-17")],
                ExecutionLog = [StoreData.LogEntry(instance.Id, 1)],
                NewStimuli = [StoreData.Stimulus("oppfolging")],
            },
            Ct));

        Assert.Single(taken);
        Assert.Equal(0, instance.Revision);
        Assert.Null(await unit.Instances.FindAsync(instance.Id, Ct));
        Assert.Empty(await unit.Instances.GetExecutionLogAsync(instance.Id, Ct));
        Assert.Empty(await unit.Instances.FindBookmarksAsync("Elsa.Event", "Samtykke", null, Ct));
        Assert.Equal(StimulusStatus.Claimed, (await unit.Stimuli.FindAsync(lost.Stimulus.Id, Ct))?.Status);
        Assert.Equal(1, await unit.Stimuli.CountUnfinishedAsync(Ct));
    }

    [Fact]
    public async Task CommitAsync_StimulusAlreadyDone_ThrowsConflict()
    {
        await using var unit = await CreateAsync();
        var claimed = await EnqueueAndClaimAsync(unit);
        await unit.Instances.CommitAsync(new BurstCommit { Stimulus = claimed }, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => unit.Instances.CommitAsync(new BurstCommit { Stimulus = claimed }, Ct));

        Assert.Equal(StimulusStatus.Done, (await unit.Stimuli.FindAsync(claimed.Stimulus.Id, Ct))?.Status);
    }

    [Fact]
    public async Task CommitAsync_NewInstanceWhoseIdExists_ThrowsConflictAndKeepsTheFirst()
    {
        await using var unit = await CreateAsync();
        var first = StoreData.Instance(correlationId: "første");
        await unit.Instances.CommitAsync(new BurstCommit { Instance = first, IsNewInstance = true }, Ct);
        var second = StoreData.Instance(id: first.Id, correlationId: "andre");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => unit.Instances.CommitAsync(
            new BurstCommit { Instance = second, IsNewInstance = true, ExecutionLog = [StoreData.LogEntry(first.Id, 1)] }, Ct));

        Assert.Equal("første", (await unit.Instances.FindAsync(first.Id, Ct))?.CorrelationId);
        Assert.Empty(await unit.Instances.GetExecutionLogAsync(first.Id, Ct));
    }

    [Fact]
    public async Task CommitAsync_TwoWritersAtTheSameRevisionInParallel_ExactlyOneWins()
    {
        await using var unit = await CreateAsync();
        await using var other = unit.OpenSibling();
        var instance = StoreData.Instance();
        await unit.Instances.CommitAsync(new BurstCommit { Instance = instance, IsNewInstance = true }, Ct);
        var mine = (await unit.Instances.FindAsync(instance.Id, Ct))!;
        var theirs = (await other.Instances.FindAsync(instance.Id, Ct))!;
        mine.CorrelationId = "min";
        theirs.CorrelationId = "deres";

        var results = await Task.WhenAll(
            Task.Run(() => TryCommitAsync(unit, new BurstCommit { Instance = mine, ExecutionLog = [StoreData.LogEntry(instance.Id, 1)] }), Ct),
            Task.Run(() => TryCommitAsync(other, new BurstCommit { Instance = theirs, ExecutionLog = [StoreData.LogEntry(instance.Id, 1)] }), Ct));
        var stored = await unit.Instances.FindAsync(instance.Id, Ct);

        Assert.Single(results, won => won);
        Assert.Equal(results[0] ? "min" : "deres", stored?.CorrelationId);
        Assert.Equal(2, stored?.Revision);
        Assert.Single(await unit.Instances.GetExecutionLogAsync(instance.Id, Ct));
    }

    [Fact]
    public async Task CommitAsync_RemovedAndAddedBookmarks_LookupSeesOnlyTheNewOnes()
    {
        await using var unit = await CreateAsync();
        var instance = StoreData.Instance(correlationId: "sak-17");
        var old = StoreData.Bookmark(key: "Samtykke", correlationId: "sak-17");
        await unit.Instances.CommitAsync(new BurstCommit { Instance = instance, IsNewInstance = true, AddedBookmarks = [old] }, Ct);
        var replacement = StoreData.Bookmark(key: "Møte", correlationId: "sak-17");

        await unit.Instances.CommitAsync(
            new BurstCommit { Instance = instance, RemovedBookmarkIds = [old.Id], AddedBookmarks = [replacement] }, Ct);

        Assert.Empty(await unit.Instances.FindBookmarksAsync("Elsa.Event", "Samtykke", null, Ct));
        Assert.Equal([new BookmarkMatch(instance.Id, replacement.Id)], await unit.Instances.FindBookmarksAsync("Elsa.Event", "Møte", null, Ct));
    }

    [Fact]
    public async Task CommitAsync_NewStimulusWithTakenIdempotencyKey_IsSkipped()
    {
        await using var unit = await CreateAsync();
        var (existing, _) = await unit.Stimuli.EnqueueAsync(StoreData.Stimulus("signal/b1"), Ct);
        var fresh = StoreData.Stimulus("signal/b2");

        await unit.Instances.CommitAsync(
            new BurstCommit { NewStimuli = [StoreData.Stimulus("signal/b1"), fresh, StoreData.Stimulus("signal/b2")] }, Ct);

        Assert.Equal(2, await unit.Stimuli.CountUnfinishedAsync(Ct));
        Assert.NotNull(await unit.Stimuli.FindAsync(existing.Id, Ct));
        Assert.NotNull(await unit.Stimuli.FindAsync(fresh.Id, Ct));
    }

    [Fact]
    public async Task FindBookmarksAsync_NameKeyAndCorrelation_FindsOnlyMatchingBookmarks()
    {
        await using var unit = await CreateAsync();
        var a = StoreData.Instance(id: StoreData.IdAt(1), correlationId: "sak-a");
        var b = StoreData.Instance(id: StoreData.IdAt(2), correlationId: "sak-b");
        var consentA = StoreData.Bookmark(key: "Samtykke", correlationId: "sak-a");
        var consentB = StoreData.Bookmark(key: "Samtykke", correlationId: "sak-b");
        var meetingA = StoreData.Bookmark(key: "Møte", correlationId: "sak-a");
        var taskA = StoreData.Bookmark(key: "Samtykke", correlationId: "sak-a", name: "Velferd.UserTask");
        var noKey = StoreData.Bookmark(key: null, correlationId: "sak-a");
        await unit.Instances.CommitAsync(new BurstCommit { Instance = a, IsNewInstance = true, AddedBookmarks = [consentA, meetingA, taskA, noKey] }, Ct);
        await unit.Instances.CommitAsync(new BurstCommit { Instance = b, IsNewInstance = true, AddedBookmarks = [consentB] }, Ct);

        var forCase = await unit.Instances.FindBookmarksAsync("Elsa.Event", "Samtykke", "sak-a", Ct);
        var forAnyCase = await unit.Instances.FindBookmarksAsync("Elsa.Event", "Samtykke", null, Ct);
        var withoutKey = await unit.Instances.FindBookmarksAsync("Elsa.Event", null, null, Ct);
        var unknownCase = await unit.Instances.FindBookmarksAsync("Elsa.Event", "Samtykke", "sak-x", Ct);

        Assert.Equal([new BookmarkMatch(a.Id, consentA.Id)], forCase);
        Assert.Equal(
            new HashSet<BookmarkMatch> { new(a.Id, consentA.Id), new(b.Id, consentB.Id) },
            forAnyCase.ToHashSet());
        Assert.Equal([new BookmarkMatch(a.Id, noKey.Id)], withoutKey);
        Assert.Empty(unknownCase);
    }

    [Fact]
    public async Task FindBookmarksAndList_ByVisibility_FindOnlyInstancesOfThoseTeamsAndRelatedCases()
    {
        await using var unit = await CreateAsync();
        var tit = StoreData.Instance(id: StoreData.IdAt(1), correlationId: "sak-t", team: "tit-sentrum");
        var bv = StoreData.Instance(id: StoreData.IdAt(2), correlationId: "sak-t", team: "bv-vest");
        var unowned = StoreData.Instance(id: StoreData.IdAt(3), correlationId: "sak-t");
        var titWait = StoreData.Bookmark(key: "Samtykke", correlationId: "sak-t");
        var bvWait = StoreData.Bookmark(key: "Samtykke", correlationId: "sak-t");
        var unownedWait = StoreData.Bookmark(key: "Samtykke", correlationId: "sak-t");
        await unit.Instances.CommitAsync(new BurstCommit { Instance = tit, IsNewInstance = true, AddedBookmarks = [titWait] }, Ct);
        await unit.Instances.CommitAsync(new BurstCommit { Instance = bv, IsNewInstance = true, AddedBookmarks = [bvWait] }, Ct);
        await unit.Instances.CommitAsync(new BurstCommit { Instance = unowned, IsNewInstance = true, AddedBookmarks = [unownedWait] }, Ct);

        var related = StoreData.Instance(id: StoreData.IdAt(4), correlationId: "sak-r", team: "bv-vest");
        var relatedWait = StoreData.Bookmark(key: "Samtykke", correlationId: "sak-r");
        await unit.Instances.CommitAsync(new BurstCommit { Instance = related, IsNewInstance = true, AddedBookmarks = [relatedWait] }, Ct);

        var titBookmarks = await unit.Instances.FindBookmarksAsync("Elsa.Event", "Samtykke", "sak-t", new CaseVisibility(["tit-sentrum"], false, [], []), Ct);
        var noTeams = await unit.Instances.FindBookmarksAsync("Elsa.Event", "Samtykke", null, new CaseVisibility([], false, [], []), Ct);
        var anyTeam = await unit.Instances.FindBookmarksAsync("Elsa.Event", "Samtykke", "sak-t", null, Ct);
        var relatedCase = await unit.Instances.FindBookmarksAsync("Elsa.Event", "Samtykke", null, new CaseVisibility(["tit-sentrum"], false, ["sak-r"], []), Ct);
        var hiddenCase = await unit.Instances.FindBookmarksAsync("Elsa.Event", "Samtykke", null, new CaseVisibility(["tit-sentrum", "bv-vest"], true, [], ["sak-t"]), Ct);
        var bvList = await unit.Instances.ListAsync(new InstanceQuery { CorrelationId = "sak-t", Teams = ["bv-vest", "annet"] }, Ct);
        var found = await unit.Instances.FindAsync(tit.Id, Ct);

        Assert.Equal([new BookmarkMatch(tit.Id, titWait.Id)], titBookmarks);
        Assert.Empty(noTeams);
        Assert.Equal(3, anyTeam.Count);
        Assert.Equal([tit.Id, related.Id], relatedCase.Select(m => m.WorkflowInstanceId).Order(StringComparer.Ordinal));
        Assert.Equal([related.Id], hiddenCase.Select(m => m.WorkflowInstanceId));
        Assert.Equal((bv.Id, 1L), (Assert.Single(bvList.Items).Id, bvList.TotalCount));
        Assert.Equal(("tit-sentrum", "bv-vest"), (found!.Team, bvList.Items[0].Team));
    }

    [Fact]
    public async Task ListAsync_KeysetPaging_WalksNewestFirstWithoutGapsOrOverlap()
    {
        await using var unit = await CreateAsync();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var instance = StoreData.Instance(id: StoreData.IdAt(i), correlationId: "sak-17");
            await unit.Instances.CommitAsync(new BurstCommit { Instance = instance, IsNewInstance = true }, Ct);
            ids.Add(instance.Id);
        }

        await unit.Instances.CommitAsync(new BurstCommit { Instance = StoreData.Instance(id: StoreData.IdAt(10), correlationId: "annen"), IsNewInstance = true }, Ct);

        var first = await unit.Instances.ListAsync(new InstanceQuery { CorrelationId = "sak-17", PageSize = 2 }, Ct);
        var second = await unit.Instances.ListAsync(new InstanceQuery { CorrelationId = "sak-17", PageSize = 2, After = first.NextCursor }, Ct);
        var third = await unit.Instances.ListAsync(new InstanceQuery { CorrelationId = "sak-17", PageSize = 2, After = second.NextCursor }, Ct);

        Assert.Equal([ids[4], ids[3]], first.Items.Select(i => i.Id));
        Assert.Equal([ids[2], ids[1]], second.Items.Select(i => i.Id));
        Assert.Equal([ids[0]], third.Items.Select(i => i.Id));
        Assert.Null(third.NextCursor);
        Assert.All([first, second, third], page => Assert.Equal(5, page.TotalCount));
    }

    [Fact]
    public async Task ListAsync_StatusAndDefinitionFilters_ReturnAndCountOnlyMatches()
    {
        await using var unit = await CreateAsync();
        var running = StoreData.Instance(id: StoreData.IdAt(1));
        var finished = StoreData.Instance(id: StoreData.IdAt(2), status: WorkflowStatus.Finished, subStatus: WorkflowSubStatus.Finished);
        var faulted = StoreData.Instance(id: StoreData.IdAt(3), status: WorkflowStatus.Finished, subStatus: WorkflowSubStatus.Faulted);
        var otherDefinition = StoreData.Instance(id: StoreData.IdAt(4), definitionId: "stafett", status: WorkflowStatus.Finished, subStatus: WorkflowSubStatus.Finished);
        foreach (var instance in new[] { running, finished, faulted, otherDefinition })
        {
            await unit.Instances.CommitAsync(new BurstCommit { Instance = instance, IsNewInstance = true }, Ct);
        }

        var finishedPage = await unit.Instances.ListAsync(new InstanceQuery { DefinitionId = "bekymring", Status = WorkflowStatus.Finished }, Ct);
        var faultedPage = await unit.Instances.ListAsync(new InstanceQuery { SubStatus = WorkflowSubStatus.Faulted }, Ct);

        Assert.Equal([faulted.Id, finished.Id], finishedPage.Items.Select(i => i.Id));
        Assert.Equal(2, finishedPage.TotalCount);
        Assert.Null(finishedPage.NextCursor);
        Assert.Equal([faulted.Id], faultedPage.Items.Select(i => i.Id));
        Assert.Equal("Bekymring", faultedPage.Items[0].Name);
    }

    [Fact]
    public async Task CountByVersionAsync_InstancesOfTwoVersionsAndAnotherDefinition_CountsEachVersionAndStatusExactly()
    {
        await using var unit = await CreateAsync();
        var instances = new List<WorkflowInstance>();
        for (var i = 0; i < 3; i++)
        {
            instances.Add(StoreData.Instance(id: StoreData.IdAt(i)));
        }

        instances.Add(StoreData.Instance(id: StoreData.IdAt(3), status: WorkflowStatus.Finished, subStatus: WorkflowSubStatus.Finished));
        instances.Add(StoreData.Instance(id: StoreData.IdAt(4), status: WorkflowStatus.Finished, subStatus: WorkflowSubStatus.Faulted, version: 2));
        instances.Add(StoreData.Instance(id: StoreData.IdAt(5), definitionId: "stafett"));
        foreach (var instance in instances)
        {
            await unit.Instances.CommitAsync(new BurstCommit { Instance = instance, IsNewInstance = true }, Ct);
        }

        var counts = await unit.Instances.CountByVersionAsync("bekymring", Ct);
        var none = await unit.Instances.CountByVersionAsync("finnes-ikke", Ct);

        Assert.Equal(
            [
                new InstanceCount(1, WorkflowStatus.Running, WorkflowSubStatus.Suspended, 3),
                new InstanceCount(1, WorkflowStatus.Finished, WorkflowSubStatus.Finished, 1),
                new InstanceCount(2, WorkflowStatus.Finished, WorkflowSubStatus.Faulted, 1),
            ],
            counts.OrderBy(c => c.DefinitionVersion).ThenBy(c => c.Status).ThenBy(c => c.SubStatus));
        Assert.Empty(none);
    }

    [Fact]
    public async Task GetExecutionLogAsync_EntriesFromSeveralBursts_InSequenceOrderWithDetails()
    {
        await using var unit = await CreateAsync();
        var instance = StoreData.Instance();
        await unit.Instances.CommitAsync(
            new BurstCommit { Instance = instance, IsNewInstance = true, ExecutionLog = [StoreData.LogEntry(instance.Id, 2), StoreData.LogEntry(instance.Id, 1)] }, Ct);
        var third = StoreData.LogEntry(instance.Id, 3) with { Status = ActivityExecutionStatus.Faulted, Outcomes = [], Output = null, Message = "Feil" };
        await unit.Instances.CommitAsync(new BurstCommit { Instance = instance, ExecutionLog = [third] }, Ct);

        var log = await unit.Instances.GetExecutionLogAsync(instance.Id, Ct);

        Assert.Equal([1L, 2L, 3L], log.Select(r => r.Sequence));
        Assert.Equal(["Done"], log[0].Outcomes);
        Assert.Equal("Hei", log[0].Output?["tekst"]?.GetValue<string>());
        Assert.Equal((StoreData.Now.AddSeconds(1), StoreData.Now.AddSeconds(2)), (log[0].StartedAt, log[0].CompletedAt));
        Assert.Equal((ActivityExecutionStatus.Faulted, "Feil"), (log[2].Status, log[2].Message));
        Assert.Empty(log[2].Outcomes);
        Assert.Null(log[2].Output);
    }

    [Fact]
    public async Task CommitAsync_GroupOfBursts_StoresEveryInstanceBookmarkLogAndStimulusTogether()
    {
        await using var unit = await CreateAsync();
        var existing = StoreData.Instance(id: StoreData.IdAt(0), correlationId: "sak-17");
        var oldBookmark = StoreData.Bookmark(correlationId: "sak-17");
        await unit.Instances.CommitAsync(new BurstCommit { Instance = existing, IsNewInstance = true, AddedBookmarks = [oldBookmark] }, Ct);
        var loaded = (await unit.Instances.FindManyAsync([existing.Id], Ct))[existing.Id];
        var started = StoreData.Instance(id: StoreData.IdAt(1), correlationId: "sak-18");
        var claims = await EnqueueAndClaimAsync(unit, 2);
        loaded.SubStatus = WorkflowSubStatus.Finished;
        loaded.Status = WorkflowStatus.Finished;

        await unit.Instances.CommitAsync(
            [
                new BurstCommit { Stimulus = claims[0], Instance = loaded, RemovedBookmarkIds = [oldBookmark.Id], ExecutionLog = [StoreData.LogEntry(existing.Id, 3)] },
                new BurstCommit
                {
                    Stimulus = claims[1],
                    Instance = started,
                    IsNewInstance = true,
                    AddedBookmarks = [StoreData.Bookmark(correlationId: "sak-18")],
                    ExecutionLog = [StoreData.LogEntry(started.Id, 1)],
                },
            ],
            Ct);

        Assert.Equal((2L, 1L), (loaded.Revision, started.Revision));
        var stored = await unit.Instances.FindManyAsync([existing.Id, started.Id, "ukjent"], Ct);
        Assert.Equal([WorkflowStatus.Finished, WorkflowStatus.Running], new[] { existing.Id, started.Id }.Select(id => stored[id].Status));
        Assert.Equal(2, stored.Count);
        Assert.Equal([started.Id], (await unit.Instances.FindBookmarksAsync("Elsa.Event", "Samtykke", null, Ct)).Select(m => m.WorkflowInstanceId));
        Assert.Equal([3L], (await unit.Instances.GetExecutionLogAsync(existing.Id, Ct)).Select(r => r.Sequence));
        Assert.Equal([1L], (await unit.Instances.GetExecutionLogAsync(started.Id, Ct)).Select(r => r.Sequence));
        Assert.Equal(0, await unit.Stimuli.CountUnfinishedAsync(Ct));
    }

    [Fact]
    public async Task CommitAsync_GroupWithOneStaleRevision_ThrowsConflictAndStoresNothingOfTheGroup()
    {
        await using var unit = await CreateAsync();
        var first = StoreData.Instance(id: StoreData.IdAt(0));
        var second = StoreData.Instance(id: StoreData.IdAt(1));
        await unit.Instances.CommitAsync([new BurstCommit { Instance = first, IsNewInstance = true }, new BurstCommit { Instance = second, IsNewInstance = true }], Ct);
        var copies = await unit.Instances.FindManyAsync([first.Id, second.Id], Ct);
        var moved = (await unit.Instances.FindAsync(second.Id, Ct))!;
        await unit.Instances.CommitAsync(new BurstCommit { Instance = moved }, Ct);
        var claims = await EnqueueAndClaimAsync(unit, 2);
        var started = StoreData.Instance(id: StoreData.IdAt(2));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => unit.Instances.CommitAsync(
            [
                new BurstCommit { Stimulus = claims[0], Instance = copies[first.Id], ExecutionLog = [StoreData.LogEntry(first.Id, 3)] },
                new BurstCommit { Stimulus = claims[1], Instance = copies[second.Id], ExecutionLog = [StoreData.LogEntry(second.Id, 3)] },
                new BurstCommit { Instance = started, IsNewInstance = true, AddedBookmarks = [StoreData.Bookmark()], NewStimuli = [StoreData.Stimulus("neste")] },
            ],
            Ct));

        var stored = await unit.Instances.FindManyAsync([first.Id, second.Id], Ct);
        Assert.Equal((1L, 2L), (stored[first.Id].Revision, stored[second.Id].Revision));
        Assert.Equal((1L, 1L), (copies[first.Id].Revision, copies[second.Id].Revision));
        Assert.Null(await unit.Instances.FindAsync(started.Id, Ct));
        Assert.Empty(await unit.Instances.GetExecutionLogAsync(first.Id, Ct));
        Assert.Empty(await unit.Instances.FindBookmarksAsync("Elsa.Event", "Samtykke", null, Ct));
        foreach (var claim in claims)
        {
            Assert.Equal(StimulusStatus.Claimed, (await unit.Stimuli.FindAsync(claim.Stimulus.Id, Ct))?.Status);
        }

        Assert.Equal(2, await unit.Stimuli.CountUnfinishedAsync(Ct));
    }

    [Fact]
    public async Task CommitAsync_GroupWithOneLostClaim_ThrowsConflictAndStoresNothingOfTheGroup()
    {
        await using var unit = await CreateAsync();
        var claims = await EnqueueAndClaimAsync(unit, 2);
        await unit.Stimuli.ReleaseAsync(claims[1], StoreData.Now, "given back", failed: false, Ct);
        var first = StoreData.Instance(id: StoreData.IdAt(0));
        var second = StoreData.Instance(id: StoreData.IdAt(1));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => unit.Instances.CommitAsync(
            [
                new BurstCommit { Stimulus = claims[0], Instance = first, IsNewInstance = true },
                new BurstCommit { Stimulus = claims[1], Instance = second, IsNewInstance = true },
            ],
            Ct));

        Assert.Empty(await unit.Instances.FindManyAsync([first.Id, second.Id], Ct));
        Assert.Equal(StimulusStatus.Claimed, (await unit.Stimuli.FindAsync(claims[0].Stimulus.Id, Ct))?.Status);
        Assert.Equal((0L, 0L), (first.Revision, second.Revision));
    }

    private static async Task<IReadOnlyList<ClaimedStimulus>> EnqueueAndClaimAsync(StoreUnit unit, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await unit.Stimuli.EnqueueAsync(StoreData.Stimulus(availableAt: StoreData.Now.AddMilliseconds(-count + i)), Ct);
        }

        var claimed = await unit.Stimuli.ClaimAsync("node-a", count, Lease, StoreData.Now, null, Ct);
        Assert.Equal(count, claimed.Count);
        return claimed;
    }

    private static async Task<ClaimedStimulus> EnqueueAndClaimAsync(StoreUnit unit)
    {
        await unit.Stimuli.EnqueueAsync(StoreData.Stimulus(), Ct);
        var claimed = await unit.Stimuli.ClaimAsync("node-a", 10, Lease, StoreData.Now, null, Ct);
        return Assert.Single(claimed);
    }

    private static async Task<bool> TryCommitAsync(StoreUnit unit, BurstCommit commit)
    {
        try
        {
            await unit.Instances.CommitAsync(commit, Ct);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }
}
