using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Activities.Resilience;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Activities.Outbox;

/// <summary>
/// Sends outbox messages: claims them under a lease, calls the service through its handler, and resumes the waiting
/// instance with the reply (the message id is the resume's idempotency key, so a repeated delivery resumes once).
/// A failure is rescheduled with back-off, or becomes an incident when the budget is spent.
/// </summary>
/// <remarks>
/// At least once: a node that dies mid-call leaves its lease to expire and another node calls again with the same
/// idempotency key.
/// </remarks>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    private readonly string _owner = NodeIdentity.New();

    /// <summary>Claims one batch of available messages and sends them; returns how many were claimed.</summary>
    public async Task<int> ProcessAvailableAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        IReadOnlyList<ClaimedOutboxMessage> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            claimed = await scope.ServiceProvider.GetRequiredService<IOutboxStore>()
                .ClaimAsync(_owner, settings.BatchSize, settings.LeaseDuration, clock.GetUtcNow(), cancellationToken);
        }

        var finished = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        try
        {
            await Parallel.ForEachAsync(
                claimed,
                new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrency, CancellationToken = cancellationToken },
                async (message, ct) =>
                {
                    await SendAsync(message, ct);
                    finished[message.Message.Id] = true;
                });
        }
        finally
        {
            if (cancellationToken.IsCancellationRequested)
            {
                await HandBackAsync([.. claimed.Where(c => !finished.ContainsKey(c.Message.Id))]);
            }
        }

        return claimed.Count;
    }

    /// <summary>Sends until nothing is available now (tests; a worker loop uses <see cref="ProcessAvailableAsync"/>).</summary>
    public async Task RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        for (var round = 0; round < 10_000; round++)
        {
            if (await ProcessAvailableAsync(cancellationToken) == 0)
            {
                return;
            }
        }

        throw new InvalidOperationException("The outbox did not become idle.");
    }

    /// <summary>
    /// The node is stopping: messages whose attempt did not finish go back at once, uncounted, so another node sends
    /// them now instead of after the lease (the services take the repeat by its idempotency key).
    /// </summary>
    private async Task HandBackAsync(IReadOnlyList<ClaimedOutboxMessage> unfinished)
    {
        if (unfinished.Count == 0)
        {
            return;
        }

        try
        {
            using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<IOutboxStore>();
            foreach (var message in unfinished)
            {
                await store.HandBackAsync(message, clock.GetUtcNow(), bounded.Token);
            }
        }
        catch (Exception e)
        {
            // The leases then simply run out.
            LogHandBackFailed(e, unfinished.Count);
        }
    }

    private async Task SendAsync(ClaimedOutboxMessage claimed, CancellationToken cancellationToken)
    {
        var message = claimed.Message;
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IOutboxStore>();
        using var logScope = logger.BeginScope(new Dictionary<string, object>
        {
            ["OutboxMessageId"] = message.Id,
            ["WorkflowInstanceId"] = message.WorkflowInstanceId,
        });

        // Handlers come from the message's scope: typed HTTP clients are short-lived by design.
        var handler = scope.ServiceProvider.GetServices<IOutboxHandler>().FirstOrDefault(h =>
            string.Equals(h.Service, message.Service, StringComparison.OrdinalIgnoreCase)
            && string.Equals(h.Operation, message.Operation, StringComparison.OrdinalIgnoreCase));
        if (handler is null)
        {
            await store.RaiseIncidentAsync(claimed, $"No handler for {message.Service}/{message.Operation}.", clock.GetUtcNow(), cancellationToken);
            LogIncident(message.Service, message.Operation, message.Attempts);
            return;
        }

        JsonNode? reply;
        try
        {
            using var test = message.IsTest ? TestServiceCalls.Enter() : null;
            reply = await handler.HandleAsync(message, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            await FailAsync(store, claimed, e, cancellationToken);
            return;
        }

        if (message.BookmarkId is { } bookmarkId)
        {
            await scope.ServiceProvider.GetRequiredService<WorkflowEngine>()
                .ResumeAsync(message.WorkflowInstanceId, bookmarkId, reply, $"outbox/{message.Id}", cancellationToken);
        }

        await store.MarkDeliveredAsync(claimed, clock.GetUtcNow(), cancellationToken);
        LogDelivered(message.Service, message.Operation, message.Attempts);
    }

    private async Task FailAsync(IOutboxStore store, ClaimedOutboxMessage claimed, Exception error, CancellationToken cancellationToken)
    {
        var message = claimed.Message;
        var now = clock.GetUtcNow();
        var budget = options.Value.BudgetFor(message.Service);
        var remote = error as RemoteServiceException;
        // Exception messages of our clients carry the service and status only; others are reduced to their type.
        var description = remote?.Message ?? $"{message.Service}: {error.GetType().Name}";
        var spent = message.Attempts >= budget.MaxAttempts
            || (message.FirstFailedAt is { } first && now - first >= budget.IncidentAfter)
            || remote is { IsTransient: false };
        if (spent)
        {
            await store.RaiseIncidentAsync(claimed, description, now, cancellationToken);
            LogIncident(message.Service, message.Operation, message.Attempts);
            return;
        }

        var delay = Backoff(budget, message.Attempts);
        if (remote?.RetryAfter is { } retryAfter && retryAfter > delay)
        {
            delay = retryAfter;
        }

        await store.RescheduleAsync(claimed, now + delay, description, now, cancellationToken);
        LogRescheduled(message.Service, message.Operation, message.Attempts, delay);
    }

    /// <summary>Exponential back-off with ±20 % jitter, capped.</summary>
    internal static TimeSpan Backoff(OutboxRetryBudget budget, int attempts)
    {
        var exponential = budget.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var capped = Math.Min(exponential, budget.MaxDelay.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter spreads retries; it needs no cryptographic randomness.
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(Math.Min(capped * jitter, budget.MaxDelay.TotalMilliseconds));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message to {Service}.{Operation} delivered after {Attempts} attempt(s)")]
    private partial void LogDelivered(string service, string operation, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message to {Service}.{Operation} failed (attempt {Attempts}); next attempt in {Delay}")]
    private partial void LogRescheduled(string service, string operation, int attempts, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message to {Service}.{Operation} is an incident after {Attempts} attempt(s)")]
    private partial void LogIncident(string service, string operation, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopping: {Count} outbox messages could not be handed back; their leases will run out")]
    private partial void LogHandBackFailed(Exception error, int count);
}
