using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>
/// The caseworker's inbox: lists scoped to the user's teams, and claim, release, reassign and complete. Each change is
/// decided by <see cref="HumanTaskRules"/> and saved under the task's version with a history row; completing also
/// stores the stimulus that resumes the instance in the same transaction, then applies it at once.
/// </summary>
public sealed class HumanTaskInbox(
    IHumanTaskStore store,
    StimulusDispatcher dispatcher,
    StimulusWakeUp wakeUp,
    IIdentityNumberValidator identityNumbers,
    IUserDirectory users,
    TimeProvider clock)
{
    private const int MaxAttempts = 3;

    /// <summary>Open and claimed statuses.</summary>
    public static readonly IReadOnlyCollection<HumanTaskStatus> Active = [HumanTaskStatus.Open, HumanTaskStatus.Claimed];

    /// <summary>A task the user may see, with its history; null otherwise.</summary>
    public async Task<(HumanTask Task, IReadOnlyList<HumanTaskHistoryEntry> History)?> FindAsync(
        string taskId, HumanTaskActor actor, CancellationToken cancellationToken)
    {
        var task = await store.FindVisibleAsync(taskId, actor.HiddenCaseKinds, cancellationToken);
        if (task is null || !actor.CanSee(task))
        {
            return null;
        }

        // Decided: the history's query carries the read's audit row.
        AuditedRequest.Touched(task.CorrelationId);
        AuditedRequest.Allowed();
        return (task, await store.GetHistoryAsync(taskId, cancellationToken));
    }

    /// <summary>The user's own tasks (held by him; active unless the filter asks for other statuses).</summary>
    public Task<HumanTaskPage> MineAsync(HumanTaskActor actor, HumanTaskQuery filter, CancellationToken cancellationToken) =>
        ListDecidedAsync(filter with { HiddenCases = actor.HiddenCases, HiddenCaseKinds = actor.HiddenCaseKinds, AssignedTo = actor.UserId, Teams = null, Roles = null, Statuses = filter.Statuses ?? Active }, cancellationToken);

    /// <summary>Open tasks offered to the user's teams (and roles), which he may claim.</summary>
    public Task<HumanTaskPage> UnclaimedAsync(HumanTaskActor actor, HumanTaskQuery filter, CancellationToken cancellationToken) =>
        actor.Teams.Count == 0
            ? Task.FromResult(new HumanTaskPage([], null))
            : ListDecidedAsync(
                filter with { HiddenCases = actor.HiddenCases, HiddenCaseKinds = actor.HiddenCaseKinds, AssignedTo = null, Teams = [.. actor.Teams], Roles = actor.IsAdmin ? null : [.. actor.Roles], Statuses = [HumanTaskStatus.Open] },
                cancellationToken);

    /// <summary>Every task of a team (active unless the filter says otherwise); for the team's supervisor only.</summary>
    public async Task<HumanTaskPage?> TeamAsync(HumanTaskActor actor, string team, HumanTaskQuery filter, CancellationToken cancellationToken) =>
        actor.Supervises(team)
            ? await ListDecidedAsync(filter with { HiddenCases = actor.HiddenCases, HiddenCaseKinds = actor.HiddenCaseKinds, Teams = [team], Roles = null, Statuses = filter.Statuses ?? Active }, cancellationToken)
            : null;

    /// <summary>
    /// Overdue tasks (active, due before now): of a team for its supervisor, else the user's own. Null when the user
    /// does not lead the team.
    /// </summary>
    public async Task<HumanTaskPage?> OverdueAsync(HumanTaskActor actor, string? team, HumanTaskQuery filter, CancellationToken cancellationToken)
    {
        var overdue = filter with { Statuses = Active, DueBefore = Min(filter.DueBefore, clock.GetUtcNow()) };
        if (team is null)
        {
            return await ListDecidedAsync(overdue with { HiddenCases = actor.HiddenCases, HiddenCaseKinds = actor.HiddenCaseKinds, AssignedTo = actor.UserId, Teams = null, Roles = null }, cancellationToken);
        }

        return actor.Supervises(team) ? await ListDecidedAsync(overdue with { HiddenCases = actor.HiddenCases, HiddenCaseKinds = actor.HiddenCaseKinds, Teams = [team], Roles = null }, cancellationToken) : null;
    }

    /// <summary>Counts per status: of a team for its supervisor, else of the user's own tasks. Null when refused.</summary>
    public async Task<IReadOnlyDictionary<HumanTaskStatus, long>?> CountAsync(
        HumanTaskActor actor, string? team, HumanTaskQuery filter, CancellationToken cancellationToken)
    {
        if (team is null)
        {
            return await CountDecidedAsync(filter with { HiddenCases = actor.HiddenCases, HiddenCaseKinds = actor.HiddenCaseKinds, AssignedTo = actor.UserId, Teams = null, Roles = null }, cancellationToken);
        }

        return actor.Supervises(team) ? await CountDecidedAsync(filter with { HiddenCases = actor.HiddenCases, HiddenCaseKinds = actor.HiddenCaseKinds, Teams = [team], Roles = null }, cancellationToken) : null;
    }

    /// <summary>Claims an open task.</summary>
    public Task<HumanTaskResult> ClaimAsync(string taskId, HumanTaskActor actor, CancellationToken cancellationToken) =>
        ChangeAsync(taskId, actor, (task, now) => HumanTaskRules.Claim(task, actor, now), cancellationToken);

    /// <summary>Gives a claimed task back to its team.</summary>
    public Task<HumanTaskResult> ReleaseAsync(string taskId, HumanTaskActor actor, CancellationToken cancellationToken) =>
        ChangeAsync(taskId, actor, (task, now) => HumanTaskRules.Release(task, actor, now), cancellationToken);

    /// <summary>Gives a task to another user of its team (supervisor).</summary>
    public async Task<HumanTaskResult> ReassignAsync(string taskId, HumanTaskActor actor, string? toUser, CancellationToken cancellationToken)
    {
        var target = string.IsNullOrWhiteSpace(toUser) ? null : await users.FindAsync(toUser.Trim(), cancellationToken);
        return await ChangeAsync(taskId, actor, (task, now) => HumanTaskRules.Reassign(task, actor, toUser, target, now), cancellationToken);
    }

    /// <summary>
    /// Completes a task with an outcome and form data. The completion and the stimulus resuming the instance on the
    /// outcome's port commit together; the stimulus is then applied on this node, so when this returns the burst has
    /// normally committed (if not, the dispatcher applies it later; it is durable either way).
    /// </summary>
    public async Task<HumanTaskResult> CompleteAsync(
        string taskId, HumanTaskActor actor, string? outcome, System.Text.Json.Nodes.JsonObject? form, CancellationToken cancellationToken)
    {
        var result = await ChangeAsync(taskId, actor, (task, now) => HumanTaskRules.Complete(task, actor, outcome, form, identityNumbers, now), cancellationToken);
        if (result is HumanTaskResult.Ok { Task.Status: HumanTaskStatus.Completed } ok)
        {
            await dispatcher.ProcessNowAsync(ResumeStimulusId(ok.Task), cancellationToken);
            wakeUp.Notify();
        }

        return result;
    }

    private async Task<HumanTaskResult> ChangeAsync(
        string taskId, HumanTaskActor actor, Func<HumanTask, DateTimeOffset, HumanTaskDecision> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            // After a lost race the user may no longer see the task (someone else holds it); he saw it a moment ago, so
            // the rule's answer ("taken by …") is what he should get, not "not found".
            var task = await store.FindVisibleAsync(taskId, actor.HiddenCaseKinds, cancellationToken);
            if (task is null || (attempt == 1 && !actor.CanSee(task)))
            {
                return new HumanTaskResult.NotFound();
            }

            AuditedRequest.Touched(task.CorrelationId);
            var now = clock.GetUtcNow();
            switch (decide(task, now))
            {
                case HumanTaskDecision.Forbidden forbidden:
                    return new HumanTaskResult.Forbidden(forbidden.Message);
                case HumanTaskDecision.Conflict conflict:
                    return new HumanTaskResult.Conflict(conflict.Message);
                case HumanTaskDecision.Invalid invalid:
                    return new HumanTaskResult.Invalid(invalid.Errors);
                case HumanTaskDecision.Change { Entry: null } unchanged:
                    return new HumanTaskResult.Ok(unchanged.Task);
                case HumanTaskDecision.Change change:
                    var resume = change.Task.Status == HumanTaskStatus.Completed ? ResumeStimulus(change.Task, now) : null;
                    if (await store.SaveAsync(change.Task, task.Version, change.Entry!, resume, cancellationToken))
                    {
                        return new HumanTaskResult.Ok(change.Task);
                    }

                    // Someone changed the task since we read it: decide again on the fresh state, which normally
                    // refuses with the reason (completed, claimed by someone else).
                    if (attempt == MaxAttempts)
                    {
                        return new HumanTaskResult.Conflict("Oppgaven ble endret av noen andre samtidig; last den inn på nytt og prøv igjen.");
                    }

                    break;
            }
        }
    }

    // The list is decided (the user may see what it returns): its query carries the read's audit row.
    private Task<HumanTaskPage> ListDecidedAsync(HumanTaskQuery query, CancellationToken cancellationToken)
    {
        AuditedRequest.Allowed();
        return store.ListAsync(query, cancellationToken);
    }

    private Task<IReadOnlyDictionary<HumanTaskStatus, long>> CountDecidedAsync(HumanTaskQuery query, CancellationToken cancellationToken)
    {
        AuditedRequest.Allowed();
        return store.CountByStatusAsync(query, cancellationToken);
    }

    private static string ResumeStimulusId(HumanTask completed) => $"task-{completed.Id}";

    private static Stimulus ResumeStimulus(HumanTask completed, DateTimeOffset now) => new()
    {
        Id = ResumeStimulusId(completed),
        Kind = StimulusKind.Resume,
        IdempotencyKey = $"task/{completed.Id}/complete",
        WorkflowInstanceId = completed.WorkflowInstanceId,
        BookmarkId = completed.BookmarkId,
        Payload = HumanTaskBookmark.CompletionPayload(completed),
        CreatedAt = now,
        AvailableAt = now,
    };

    private static DateTimeOffset Min(DateTimeOffset? a, DateTimeOffset b) => a is { } value && value < b ? value : b;
}
