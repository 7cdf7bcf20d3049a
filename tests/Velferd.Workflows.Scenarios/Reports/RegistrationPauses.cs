using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Persistence.Reports;
using Velferd.Workflows.Persistence.Stimuli;
using Velferd.Workflows.Testing.Databases;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Reports;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Scenarios.Reports;

/// <summary>
/// Lets a test put another request between two steps of a melding's registration, so a race between the registration
/// and an investigation's conclusion happens in one chosen order instead of by timing. Each pause runs once, then disarms.
/// </summary>
public sealed class RegistrationPauses
{
    /// <summary>How long the stopped node's claim on a melding's start lasts on the host's clock.</summary>
    public static readonly TimeSpan StoppedNodeLease = TimeSpan.FromMinutes(5);

    private Func<Task>? _afterOpenInvestigationRead;
    private Func<string, Task>? _afterStartCommitted;

    /// <summary>
    /// Runs <paramref name="step"/> the next time a registration has found the child's open investigation, before it
    /// stores the melding attached to it: the registration goes on with what it read.
    /// </summary>
    public void AfterOpenInvestigationRead(Func<Task> step) => Volatile.Write(ref _afterOpenInvestigationRead, step);

    /// <summary>
    /// The next time a melding is stored with its P3 start, a node claims the start and stops (its claim lasts
    /// <see cref="StoppedNodeLease"/>); <paramref name="step"/> runs with the melding's id, and the registration ends with
    /// 500. The start is applied once the claim has run out on the host's clock.
    /// </summary>
    public void AfterStartCommitted(Func<string, Task> step) => Volatile.Write(ref _afterStartCommitted, step);

    /// <summary>The armed step after the investigation is read, disarmed; null when none.</summary>
    public Func<Task>? TakeAfterOpenInvestigationRead() => Interlocked.Exchange(ref _afterOpenInvestigationRead, null);

    /// <summary>The armed step after a melding's start is committed, disarmed; null when none.</summary>
    public Func<string, Task>? TakeAfterStartCommitted() => Interlocked.Exchange(ref _afterStartCommitted, null);
}

/// <summary>The real report store, pausing after a registration's read of the open investigation when armed.</summary>
public sealed class PausingReportStore(EfReportStore store, RegistrationPauses pauses) : IReportStore
{
    /// <inheritdoc />
    public async Task<Investigation?> FindOpenInvestigationAsync(string caseId, CancellationToken cancellationToken)
    {
        var open = await store.FindOpenInvestigationAsync(caseId, cancellationToken);
        if (open is not null && pauses.TakeAfterOpenInvestigationRead() is { } step)
        {
            await step();
        }

        return open;
    }

    /// <inheritdoc />
    public Task RegisterAsync(IReadOnlyList<WelfareCase> newCases, IReadOnlyList<ConcernReport> reports, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken) =>
        store.RegisterAsync(newCases, reports, events, cancellationToken);

    /// <inheritdoc />
    public Task<WelfareCase?> FindOpenCaseForChildAsync(string municipality, string kind, string number, CancellationToken cancellationToken) =>
        store.FindOpenCaseForChildAsync(municipality, kind, number, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ConcernReport>> FindByMeldingAsync(string meldingId, CancellationToken cancellationToken) =>
        store.FindByMeldingAsync(meldingId, cancellationToken);

    /// <inheritdoc />
    public Task<ConcernReport?> FindAsync(string id, CancellationToken cancellationToken) => store.FindAsync(id, cancellationToken);

    /// <inheritdoc />
    public Task<Investigation?> FindInvestigationAsync(string id, CancellationToken cancellationToken) => store.FindInvestigationAsync(id, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ConcernReport>> FindAttachedAsync(Investigation investigation, CancellationToken cancellationToken) =>
        store.FindAttachedAsync(investigation, cancellationToken);

    /// <inheritdoc />
    public Task<ReviewDecision> SaveReviewAsync(ReviewDecision decision, long expectedRevision, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken) =>
        store.SaveReviewAsync(decision, expectedRevision, events, cancellationToken);

    /// <inheritdoc />
    public Task<Investigation> UpdateInvestigationAsync(Investigation changed, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken) =>
        store.UpdateInvestigationAsync(changed, events, cancellationToken);
}

/// <summary>
/// The real outbox; when armed, a melding's P3 start committed is claimed by a node that stops right after, as a node
/// killed while applying it would leave it, and the armed step runs before the registration fails.
/// </summary>
public sealed class PausingStimulusOutbox(EfStimulusOutbox outbox, RegistrationPauses pauses, IServiceScopeFactory scopes, TimeProvider clock) : IStimulusOutbox
{
    /// <inheritdoc />
    public async Task CommitAsync(IReadOnlyList<Stimulus> stimuli, Func<CancellationToken, Task> domainWrite, CancellationToken cancellationToken)
    {
        await outbox.CommitAsync(stimuli, domainWrite, cancellationToken);
        var start = stimuli.FirstOrDefault(s => s.Kind == StimulusKind.Start && s.IdempotencyKey.StartsWith("start/report/", StringComparison.Ordinal));
        if (start is null || pauses.TakeAfterStartCommitted() is not { } step)
        {
            return;
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var claimed = await scope.ServiceProvider.GetRequiredService<IStimulusQueue>()
                .ClaimAsync("stoppet-node", 1, RegistrationPauses.StoppedNodeLease, clock.GetUtcNow(), start.Id, cancellationToken);
            if (claimed.Count != 1)
            {
                throw new InvalidOperationException("The melding's start was applied before the stopped node could claim it (test).");
            }
        }

        await step(start.CorrelationId!);
        throw new InvalidOperationException("The node stopped after claiming the melding's start (test).");
    }
}

/// <summary>The host with <see cref="RegistrationPauses"/> on a fresh database of one kind.</summary>
public abstract class RegistrationPauseFixture(DatabaseKind kind) : HostFixture(kind, services: services => services
    .AddSingleton<RegistrationPauses>()
    .AddScoped<EfReportStore>()
    .AddScoped<IReportStore, PausingReportStore>()
    .AddScoped<EfStimulusOutbox>()
    .AddScoped<IStimulusOutbox, PausingStimulusOutbox>())
{
    /// <summary>Arms the pauses.</summary>
    public RegistrationPauses Pauses => Host.Services.GetRequiredService<RegistrationPauses>();
}

/// <summary>On SQLite.</summary>
public sealed class SqliteRegistrationPauseFixture() : RegistrationPauseFixture(DatabaseKind.Sqlite);

/// <summary>On PostgreSQL.</summary>
public sealed class PostgreSqlRegistrationPauseFixture() : RegistrationPauseFixture(DatabaseKind.PostgreSql);
