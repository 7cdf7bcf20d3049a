using System.Text.Json.Nodes;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Identity;
using Xunit;

namespace Velferd.Workflows.Testing.Contracts;

/// <summary>
/// What every task store, with its burst commit participant, must do: the in-memory store and each EF provider
/// inherit this suite.
/// </summary>
public abstract class HumanTaskStoreContract
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 15, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Stores over an empty database.</summary>
    protected abstract Task<HumanTaskStores> CreateStoresAsync();

    [Fact]
    public async Task Commit_WithTaskCreated_StoresTheTaskLinkedToItsBookmark_WithACreatedHistoryRow()
    {
        var stores = await CreateStoresAsync();
        var task = HumanTaskBuilder.Open(Now).Due(Now.AddDays(3)).Build();

        var (instance, bookmark) = await CommitNewAsync(stores, task);
        var stored = await stores.Tasks.FindAsync(task.Id, Ct);
        var history = await stores.Tasks.GetHistoryAsync(task.Id, Ct);

        Assert.NotNull(stored);
        Assert.Equal(bookmark.Id, stored.BookmarkId);
        Assert.Equal(instance.Id, stored.WorkflowInstanceId);
        Assert.Equal(task.DueAt, stored.DueAt);
        Assert.Equal(task.Fields, stored.Fields);
        Assert.Equal(["Godkjent", "Avvist"], stored.Outcomes);
        Assert.Equal(HumanTaskAction.Created, Assert.Single(history).Action);
    }

    [Fact]
    public async Task Commit_CancellingTheInstance_CancelsItsActiveTasks_WithTheReasonInHistory()
    {
        var stores = await CreateStoresAsync();
        var task = HumanTaskBuilder.Open(Now).ClaimedBy("ola.saksbehandler").Build();
        var (instance, bookmark) = await CommitNewAsync(stores, task);

        instance.Status = WorkflowStatus.Finished;
        instance.SubStatus = WorkflowSubStatus.Cancelled;
        instance.UpdatedAt = Now.AddHours(1);
        await stores.Instances.CommitAsync(new BurstCommit { Instance = instance, RemovedBookmarkIds = [bookmark.Id] }, Ct);
        var stored = await stores.Tasks.FindAsync(task.Id, Ct);
        var history = await stores.Tasks.GetHistoryAsync(task.Id, Ct);

        Assert.Equal(HumanTaskStatus.Cancelled, stored!.Status);
        Assert.Equal(Now.AddHours(1), stored.ClosedAt);
        Assert.Equal([HumanTaskAction.Created, HumanTaskAction.Cancelled], history.Select(h => h.Action));
        Assert.Equal(HumanTaskBookmark.InstanceCancelledReason, history[^1].Detail);
    }

    [Fact]
    public async Task Commit_ResumingTheBookmarkOfACompletedTask_LeavesItCompleted()
    {
        var stores = await CreateStoresAsync();
        var task = HumanTaskBuilder.Open(Now).ClaimedBy("ola.saksbehandler").Build();
        var (instance, bookmark) = await CommitNewAsync(stores, task);
        var linked = (await stores.Tasks.FindAsync(task.Id, Ct))!;
        var completed = Completed(linked);
        await stores.Tasks.SaveAsync(completed.Task, linked.Version, completed.Entry!, null, Ct);

        await stores.Instances.CommitAsync(new BurstCommit { Instance = instance, RemovedBookmarkIds = [bookmark.Id] }, Ct);

        Assert.Equal(HumanTaskStatus.Completed, (await stores.Tasks.FindAsync(task.Id, Ct))!.Status);
        Assert.Equal(2, (await stores.Tasks.GetHistoryAsync(task.Id, Ct)).Count);
    }

    [Fact]
    public async Task SaveAsync_CompletionWithResumeStimulus_StoresTaskHistoryAndStimulusTogether()
    {
        var stores = await CreateStoresAsync();
        var task = HumanTaskBuilder.Open(Now).ClaimedBy("ola.saksbehandler").Build();
        await CommitNewAsync(stores, task);
        var linked = (await stores.Tasks.FindAsync(task.Id, Ct))!;
        var completed = Completed(linked);
        var resume = ResumeStimulus(completed.Task);

        var saved = await stores.Tasks.SaveAsync(completed.Task, linked.Version, completed.Entry!, resume, Ct);
        var stored = await stores.Tasks.FindAsync(task.Id, Ct);

        Assert.True(saved);
        Assert.Equal(HumanTaskStatus.Completed, stored!.Status);
        Assert.Equal("Godkjent", stored.Outcome);
        Assert.Equal("Alt i orden", stored.FormData!["begrunnelse"]!.GetValue<string>());
        Assert.Equal(linked.Version + 1, stored.Version);
        Assert.Equal(StimulusKind.Resume, (await stores.Stimuli.FindAsync(resume.Id, Ct))!.Kind);
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_ReturnsFalseAndStoresNothing()
    {
        var stores = await CreateStoresAsync();
        var task = HumanTaskBuilder.Open(Now).Build();
        await CommitNewAsync(stores, task);
        var read = (await stores.Tasks.FindAsync(task.Id, Ct))!;
        var first = (HumanTaskDecision.Change)HumanTaskRules.Claim(read, Actor("ola.saksbehandler"), Now);
        var second = (HumanTaskDecision.Change)HumanTaskRules.Claim(read, Actor("siri.saksbehandler"), Now);

        var firstSaved = await stores.Tasks.SaveAsync(first.Task, read.Version, first.Entry!, null, Ct);
        var secondSaved = await stores.Tasks.SaveAsync(second.Task, read.Version, second.Entry!, null, Ct);

        Assert.True(firstSaved);
        Assert.False(secondSaved);
        Assert.Equal("ola.saksbehandler", (await stores.Tasks.FindAsync(task.Id, Ct))!.AssignedTo);
        Assert.Equal(2, (await stores.Tasks.GetHistoryAsync(task.Id, Ct)).Count);
    }

    [Fact]
    public async Task ListAsync_TeamByDue_PagesWithACursor_SoonestFirst_UndatedLast_NoGapsOrRepeats()
    {
        var stores = await CreateStoresAsync();
        var tasks = new[]
        {
            HumanTaskBuilder.Open(Now).Due(Now.AddDays(5)).Build(),
            HumanTaskBuilder.Open(Now).Due(null).Build(),
            HumanTaskBuilder.Open(Now).Due(Now.AddDays(1)).Build(),
            HumanTaskBuilder.Open(Now).Due(Now.AddDays(1)).Build(),
            HumanTaskBuilder.Open(Now).Due(Now.AddDays(3)).Build(),
            HumanTaskBuilder.Open(Now).ForTeam("bv-vest").Due(Now).Build(),
        };
        foreach (var task in tasks)
        {
            await CommitNewAsync(stores, task);
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await stores.Tasks.ListAsync(new HumanTaskQuery { Teams = ["tit-sentrum"], PageSize = 2, After = cursor }, Ct);
            seen.AddRange(page.Items.Select(t => t.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        string[] expected = [tasks[2].Id, tasks[3].Id, tasks[4].Id, tasks[0].Id, tasks[1].Id];
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task ListAsync_ByPriority_MostUrgentFirstThenSoonestDue()
    {
        var stores = await CreateStoresAsync();
        var low = HumanTaskBuilder.Open(Now).WithPriority(TaskPriority.Low).Due(Now).Build();
        var urgentLater = HumanTaskBuilder.Open(Now).WithPriority(TaskPriority.Urgent).Due(Now.AddDays(2)).Build();
        var urgentSooner = HumanTaskBuilder.Open(Now).WithPriority(TaskPriority.Urgent).Due(Now.AddDays(1)).Build();
        var normal = HumanTaskBuilder.Open(Now).Build();
        foreach (var task in new[] { low, urgentLater, urgentSooner, normal })
        {
            await CommitNewAsync(stores, task);
        }

        var first = await stores.Tasks.ListAsync(new HumanTaskQuery { Teams = ["tit-sentrum"], Sort = HumanTaskSort.Priority, PageSize = 3 }, Ct);
        var rest = await stores.Tasks.ListAsync(new HumanTaskQuery { Teams = ["tit-sentrum"], Sort = HumanTaskSort.Priority, PageSize = 3, After = first.NextCursor }, Ct);

        Assert.Equal([urgentSooner.Id, urgentLater.Id, normal.Id], first.Items.Select(t => t.Id));
        Assert.Equal([low.Id], rest.Items.Select(t => t.Id));
        Assert.Null(rest.NextCursor);
    }

    [Fact]
    public async Task ListAsync_Filters_ByAssigneeRoleCaseStatusAndDueRange()
    {
        var stores = await CreateStoresAsync();
        var mine = HumanTaskBuilder.Open(Now).ClaimedBy("ola.saksbehandler").ForCase("sak-a").Due(Now.AddDays(2)).Build();
        var leaderOnly = HumanTaskBuilder.Open(Now).ForRole("Supervisor").ForCase("sak-a").Build();
        var openForAll = HumanTaskBuilder.Open(Now).ForCase("sak-b").Due(Now.AddDays(10)).Build();
        foreach (var task in new[] { mine, leaderOnly, openForAll })
        {
            await CommitNewAsync(stores, task);
        }

        var assigned = await stores.Tasks.ListAsync(new HumanTaskQuery { AssignedTo = "ola.saksbehandler" }, Ct);
        var forCaseworkers = await stores.Tasks.ListAsync(new HumanTaskQuery { Teams = ["tit-sentrum"], Roles = ["Caseworker"], Statuses = [HumanTaskStatus.Open] }, Ct);
        var ofCase = await stores.Tasks.ListAsync(new HumanTaskQuery { CorrelationId = "sak-a", Sort = HumanTaskSort.Newest }, Ct);
        var dueSoon = await stores.Tasks.ListAsync(new HumanTaskQuery { DueFrom = Now, DueBefore = Now.AddDays(5) }, Ct);

        Assert.Equal([mine.Id], assigned.Items.Select(t => t.Id));
        Assert.Equal([openForAll.Id], forCaseworkers.Items.Select(t => t.Id));
        Assert.Equal([leaderOnly.Id, mine.Id], ofCase.Items.Select(t => t.Id));
        Assert.Equal([mine.Id], dueSoon.Items.Select(t => t.Id));
    }

    [Fact]
    public async Task CountByStatusAsync_CountsEveryStatusOfTheTeam()
    {
        var stores = await CreateStoresAsync();
        await CommitNewAsync(stores, HumanTaskBuilder.Open(Now).Build());
        await CommitNewAsync(stores, HumanTaskBuilder.Open(Now).Build());
        await CommitNewAsync(stores, HumanTaskBuilder.Open(Now).ClaimedBy("ola.saksbehandler").Build());
        await CommitNewAsync(stores, HumanTaskBuilder.Open(Now).ForTeam("bv-vest").Build());

        var counts = await stores.Tasks.CountByStatusAsync(new HumanTaskQuery { Teams = ["tit-sentrum"], Statuses = [HumanTaskStatus.Open] }, Ct);

        Assert.Equal(2, counts[HumanTaskStatus.Open]);
        Assert.Equal(1, counts[HumanTaskStatus.Claimed]);
        Assert.Equal(0, counts[HumanTaskStatus.Completed]);
        Assert.Equal(0, counts[HumanTaskStatus.Cancelled]);
    }

    /// <summary>Commits a new instance waiting on the task's bookmark, as a user task burst would.</summary>
    protected static async Task<(WorkflowInstance Instance, Bookmark Bookmark)> CommitNewAsync(HumanTaskStores stores, HumanTask task)
    {
        var bookmark = new Bookmark { Id = Ids.New(task.CreatedAt), ActivityId = task.ActivityId, Name = HumanTaskBookmark.Name, Key = task.Id, CorrelationId = task.CorrelationId, CreatedAt = task.CreatedAt };
        var instance = new WorkflowInstance
        {
            Id = task.WorkflowInstanceId,
            DefinitionId = task.DefinitionId ?? "forlop",
            DefinitionVersionId = "forlop-v1",
            DefinitionVersion = 1,
            CorrelationId = task.CorrelationId,
            SubStatus = WorkflowSubStatus.Suspended,
            CreatedAt = task.CreatedAt,
            UpdatedAt = task.CreatedAt,
        };
        instance.State.Bookmarks.Add(bookmark);
        await stores.Instances.CommitAsync(
            new BurstCommit { Instance = instance, IsNewInstance = true, AddedBookmarks = [bookmark], Effects = [new HumanTaskCreated(task)] },
            Ct);
        return (instance, bookmark);
    }

    private static HumanTaskActor Actor(string user) =>
        new(user, new HashSet<string> { "tit-sentrum" }, new HashSet<string> { "Caseworker" });

    private static HumanTaskDecision.Change Completed(HumanTask task) =>
        (HumanTaskDecision.Change)HumanTaskRules.Complete(task, Actor(task.AssignedTo!), "Godkjent", new JsonObject { ["begrunnelse"] = "Alt i orden" }, TestIdentityNumbers.Validator(), Now.AddMinutes(5));

    private static Stimulus ResumeStimulus(HumanTask completed) => new()
    {
        Id = $"task-{completed.Id}",
        Kind = StimulusKind.Resume,
        IdempotencyKey = $"task/{completed.Id}/complete",
        WorkflowInstanceId = completed.WorkflowInstanceId,
        BookmarkId = completed.BookmarkId,
        Payload = HumanTaskBookmark.CompletionPayload(completed),
        CreatedAt = Now,
        AvailableAt = Now,
    };
}
