using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Diagnostics;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.Stimuli;

/// <summary>
/// Claims stimuli under a lease and applies them, each in its own scope and transaction. A conflict or an
/// unexpected error gives the stimulus back for a retry with back-off; after the retry budget it is marked failed
/// for an operator. A node that dies holds nothing for longer than the lease.
/// </summary>
public sealed partial class StimulusDispatcher(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<DispatcherOptions> options,
    WorkerPasses passes,
    WorkflowMetrics metrics,
    ILogger<StimulusDispatcher> logger)
{
    private const int MaxInlineChain = 1000;

    private static readonly TimeSpan MaxWaitForOtherDispatcher = TimeSpan.FromSeconds(10);

    /// <summary>This dispatcher's identity in leases.</summary>
    public string Owner { get; } = NodeIdentity.New();

    /// <summary>
    /// Claims one batch of available stimuli and applies them in groups (one transaction per group, several groups at
    /// once); returns how many were claimed.
    /// </summary>
    public async Task<int> ProcessAvailableAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        IReadOnlyList<ClaimedStimulus> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            claimed = await scope.ServiceProvider.GetRequiredService<IStimulusQueue>()
                .ClaimAsync(Owner, settings.BatchSize, settings.LeaseDuration, clock.GetUtcNow(), null, cancellationToken);
        }

        if (claimed.Count == 0)
        {
            return 0;
        }

        await using var renewal = KeepLease(claimed[0].ClaimToken);
        try
        {
            foreach (var round in StimulusGroups.Plan(claimed, settings.GroupSize))
            {
                await Parallel.ForEachAsync(
                    round,
                    new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrency, CancellationToken = cancellationToken },
                    async (group, ct) => await ApplyGroupAsync(group, ct));
            }
        }
        finally
        {
            await HandBackIfStoppingAsync(claimed[0].ClaimToken, cancellationToken);
        }

        return claimed.Count;
    }

    /// <summary>
    /// Applies one stimulus now, on this thread, if nobody else holds it, and then the stimuli it caused (a signal's
    /// resumes). Used right after an API call enqueues, so the caller sees the effect; durable either way.
    /// </summary>
    public async Task ProcessNowAsync(string stimulusId, CancellationToken cancellationToken)
    {
        var pending = new Queue<string>([stimulusId]);
        var processed = 0;
        while (pending.TryDequeue(out var id) && processed++ < MaxInlineChain)
        {
            IReadOnlyList<ClaimedStimulus> claimed;
            await using (var scope = scopes.CreateAsyncScope())
            {
                claimed = await scope.ServiceProvider.GetRequiredService<IStimulusQueue>()
                    .ClaimAsync(Owner, 1, options.Value.LeaseDuration, clock.GetUtcNow(), id, cancellationToken);
            }

            if (claimed.Count == 0 && id == stimulusId)
            {
                // Another dispatcher took it first: the caller still expects to see its effect, so wait (bounded,
                // wall clock: this is liveness, not business time) until that dispatcher has applied it.
                await WaitUntilAppliedAsync(id, cancellationToken);
            }

            if (claimed.Count == 0)
            {
                continue;
            }

            await using var renewal = KeepLease(claimed[0].ClaimToken);
            foreach (var stimulus in claimed)
            {
                foreach (var follow in await ApplyAsync(stimulus, cancellationToken))
                {
                    pending.Enqueue(follow.Id);
                }
            }

            await HandBackIfStoppingAsync(claimed[0].ClaimToken, cancellationToken);
        }
    }

    private LeaseRenewal KeepLease(string claimToken) =>
        new(claimToken, options.Value.LeaseDuration, scopes, clock, passes, logger);

    /// <summary>
    /// When the node is stopping (or the caller went away), ends the lease of the claim's unfinished stimuli now, so
    /// another node takes them at once instead of after the lease; those already applied are done and stay so.
    /// </summary>
    private async Task HandBackIfStoppingAsync(string claimToken, CancellationToken cancellationToken)
    {
        if (!cancellationToken.IsCancellationRequested)
        {
            return;
        }

        try
        {
            using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IStimulusQueue>().RenewAsync(claimToken, clock.GetUtcNow().AddTicks(-1), bounded.Token);
        }
        catch (Exception e)
        {
            // The lease then simply runs out.
            LogHandBackFailed(e);
        }
    }

    private async Task WaitUntilAppliedAsync(string stimulusId, CancellationToken cancellationToken)
    {
        var pause = TimeSpan.FromMilliseconds(20);
        for (var waited = TimeSpan.Zero; waited < MaxWaitForOtherDispatcher; waited += pause)
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                var stimulus = await scope.ServiceProvider.GetRequiredService<IStimulusQueue>().FindAsync(stimulusId, cancellationToken);
                if (stimulus is null || stimulus.Status is StimulusStatus.Done or StimulusStatus.Failed)
                {
                    return;
                }
            }

            await Task.Delay(pause, cancellationToken);
        }
    }

    /// <summary>
    /// Applies a group in one transaction; if that fails as a whole (one instance changed meanwhile, one claim lost),
    /// applies its stimuli one by one, so one bad stimulus costs the others only a second try.
    /// </summary>
    private async Task ApplyGroupAsync(IReadOnlyList<ClaimedStimulus> group, CancellationToken cancellationToken)
    {
        IReadOnlyList<ClaimedStimulus> leftOver = group;
        if (group.Count > 1)
        {
            try
            {
                var started = clock.GetTimestamp();
                await using var scope = scopes.CreateAsyncScope();
                leftOver = await scope.ServiceProvider.GetRequiredService<StimulusProcessor>().ProcessGroupAsync(group, cancellationToken);

                // Each stimulus of the group waited for the whole group's commit.
                var elapsed = clock.GetElapsedTime(started);
                foreach (var applied in group.Except(leftOver))
                {
                    metrics.StimulusApplied(applied.Stimulus.Kind, "applied", elapsed);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogGroupFailed(e, group.Count);
            }
        }

        foreach (var stimulus in leftOver)
        {
            await ApplyAsync(stimulus, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<Stimulus>> ApplyAsync(ClaimedStimulus claimed, CancellationToken cancellationToken)
    {
        var stimulus = claimed.Stimulus;
        using var logScope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["StimulusId"] = stimulus.Id,
            ["WorkflowInstanceId"] = stimulus.WorkflowInstanceId,
        });
        using var span = WorkflowMetrics.Tracing.StartActivity("velferd.stimulus.apply");
        span?.SetTag("velferd.stimulus.kind", stimulus.Kind.ToString());
        var started = clock.GetTimestamp();
        var result = "applied";
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<StimulusProcessor>().ProcessAsync(claimed, cancellationToken);
        }
        catch (ConcurrencyConflictException e)
        {
            result = "conflict";
            LogConflict(stimulus.Id, stimulus.Kind, e.Message);
            await ReleaseAsync(claimed, clock.GetUtcNow(), e.Message, failed: stimulus.Attempts >= options.Value.MaxAttempts * 10);
        }
        catch (StimulusRejectedException e)
        {
            result = "rejected";
            LogRejected(stimulus.Id, stimulus.Kind, e.Message);
            await ReleaseAsync(claimed, clock.GetUtcNow(), e.Message, failed: true);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the caller hands the claim back (HandBackIfStoppingAsync), so another node takes it at once.
            result = "stopped";
        }
        catch (Exception e)
        {
            result = "failed";
            var failed = stimulus.Attempts >= options.Value.MaxAttempts;
            LogFailed(e, stimulus.Id, stimulus.Kind, stimulus.Attempts, failed);
            var backOff = TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, stimulus.Attempts)));
            await ReleaseAsync(claimed, clock.GetUtcNow() + backOff, $"{e.GetType().Name}: {e.Message}", failed);
        }
        finally
        {
            metrics.StimulusApplied(stimulus.Kind, result, clock.GetElapsedTime(started));
        }

        return [];
    }

    private async Task ReleaseAsync(ClaimedStimulus claimed, DateTimeOffset availableAt, string error, bool failed)
    {
        try
        {
            // A fresh scope: the failed one's unit of work may be unusable.
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IStimulusQueue>()
                .ReleaseAsync(claimed, availableAt, error, failed, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The lease expires on its own; the stimulus is retried then.
            LogReleaseFailed(e, claimed.Stimulus.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A group of {Count} stimuli could not commit together; applying them one by one")]
    private partial void LogGroupFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stimulus {StimulusId} ({StimulusKind}) lost a race and will be retried: {Reason}")]
    private partial void LogConflict(string stimulusId, StimulusKind stimulusKind, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stimulus {StimulusId} ({StimulusKind}) can never apply: {Reason}")]
    private partial void LogRejected(string stimulusId, StimulusKind stimulusKind, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stimulus {StimulusId} ({StimulusKind}) failed on attempt {Attempts}; given up: {GivenUp}")]
    private partial void LogFailed(Exception exception, string stimulusId, StimulusKind stimulusKind, int attempts, bool givenUp);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not hand claimed stimuli back while stopping; their lease will expire")]
    private partial void LogHandBackFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release stimulus {StimulusId}; its lease will expire")]
    private partial void LogReleaseFailed(Exception exception, string stimulusId);
}
