using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Velferd.Workflows.Activities;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Retention;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.IntegrationTests.Engine;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.HumanTasks;
using Velferd.Workflows.Persistence.Outbox;
using Velferd.Workflows.Persistence.Welfare;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Persistence;

/// <summary>
/// The retention sweep on a real database with the default ages: execution logs go after 90 days, finished instances
/// with their tasks after three years, processed stimuli after 30 days; an instance of an open case, a running one and
/// one with an undelivered service call stay whole.
/// </summary>
public abstract class RetentionSweepTests(DatabaseKind kind) : IAsyncLifetime
{
    private static readonly HumanTaskActor Ola = new("ola.saksbehandler", new HashSet<string> { "tit-sentrum" }, new HashSet<string> { "Caseworker" });
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private EngineNode _node = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(kind);
        _node = await EngineNode.StartAsync(_database, _clock, services =>
        {
            // The welfare activities for the user task; their remote services are never called here.
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Services:Folkeregister:BaseUrl"] = "http://localhost:9/folkeregisteret",
            }).Build());
            services.AddWelfareActivities();
            services.AddScoped<RetentionSweep>();
            services.AddOptions<RetentionOptions>();
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task RunAsync_AfterNinetyDaysAndAfterThreeYears_DeletesWhatIsPastItsAge_AndKeepsWhatACaseOrACallStillNeeds()
    {
        var done = await RunTaskToTheEndAsync("sak-lukket");
        var openCase = await RunTaskToTheEndAsync("sak-apen");
        var callUnderway = await RunTaskToTheEndAsync("sak-brev");
        var running = await StartAsync(Waiting(), "sak-venter");
        await WithDbAsync(async db =>
        {
            db.Add(new WelfareCaseRow { Id = "sak-apen", Municipality = "3024", Kind = "BTI", Team = "tit-sentrum", Status = "Open", CreatedBy = "ola.saksbehandler" });
            db.Add(new OutboxRow
            {
                Id = Ids.New(_clock.GetUtcNow()), WorkflowInstanceId = callUnderway, ActivityId = "brev", Service = "digitalpost", Operation = "send",
                IdempotencyKey = $"brev-{callUnderway}", Status = OutboxStatus.Pending, AvailableAt = _clock.GetUtcNow(), CreatedAt = _clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(Ct);
        });
        var stimuliBefore = await CountAsync(db => db.Stimuli.CountAsync(s => s.Status == StimulusStatus.Done, Ct));

        _clock.Advance(TimeSpan.FromDays(91));
        var first = await SweepAsync();
        var logsAfterFirst = await LoggedInstancesAsync();
        var instancesAfterFirst = await CountAsync(db => db.Instances.CountAsync(Ct));
        _clock.Advance(TimeSpan.FromDays(3 * 365));
        await SweepAsync();
        var again = await SweepAsync();
        var left = await CountAsync(db => db.Instances.Select(i => i.Id).ToListAsync(Ct));
        var tasksLeft = await CountAsync(db => db.Set<HumanTaskRow>().Select(t => t.WorkflowInstanceId).Distinct().ToListAsync(Ct));
        var historyOfDone = await CountAsync(db => db.Set<HumanTaskHistoryRow>().CountAsync(h => db.Set<HumanTaskRow>().Any(t => t.Id == h.TaskId && t.WorkflowInstanceId == done), Ct));

        Assert.True(stimuliBefore >= 4, $"{stimuliBefore} processed stimuli");
        Assert.Equal(1 + stimuliBefore, first.Changed);
        string[] kept = [.. new[] { callUnderway, openCase, running }.Order(StringComparer.Ordinal)];
        Assert.Equal(kept, logsAfterFirst.Order(StringComparer.Ordinal));
        Assert.Equal(4, instancesAfterFirst);
        Assert.Equal(kept, left.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(done, tasksLeft);
        Assert.Contains(openCase, tasksLeft);
        Assert.Equal(0, historyOfDone);
        Assert.Equal(0, again.Changed);
    }

    [Fact]
    public async Task RunAsync_ManyBatches_DeletesEveryOneOnce()
    {
        var ids = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add(await StartAsync(Short(), $"sak-{i}"));
        }

        _clock.Advance(TimeSpan.FromDays(4 * 365));
        var result = await SweepAsync(batchSize: 3);

        Assert.Equal(0, await CountAsync(db => db.Instances.CountAsync(Ct)));
        Assert.Equal(0, await CountAsync(db => db.ActivityExecutions.CountAsync(Ct)));
        Assert.Equal(0, await CountAsync(db => db.Stimuli.CountAsync(Ct)));

        // Logs of 7 instances, 7 instances (the logs already gone), their 7 start stimuli.
        Assert.Equal(21, result.Changed);
    }

    private static FlowchartBuilder Short() => new FlowchartBuilder("Kort")
        .WithDefinitionId("kort")
        .Activity("start", "Elsa.Start")
        .Activity("skriv", "Elsa.WriteLine", ("text", Expr.Literal("ferdig")))
        .Chain("start", "skriv");

    private static FlowchartBuilder Waiting() => new FlowchartBuilder("Venter")
        .WithDefinitionId("venter")
        .Activity("start", "Elsa.Start")
        .Activity("vent", "Elsa.Event", ("eventName", Expr.Literal("Neste")))
        .Chain("start", "vent");

    private static FlowchartBuilder WithTask() => new FlowchartBuilder("Oppgave")
        .WithDefinitionId("oppgave")
        .Activity("start", "Elsa.Start")
        .Activity("vurder", "Velferd.UserTask", ("title", Expr.Literal("Vurder")), ("candidateTeam", Expr.Literal("tit-sentrum")))
        .Chain("start", "vurder");

    private async Task<string> RunTaskToTheEndAsync(string caseId)
    {
        var instanceId = await StartAsync(WithTask(), caseId);
        await using var scope = _node.Services.CreateAsyncScope();
        var inbox = scope.ServiceProvider.GetRequiredService<HumanTaskInbox>();
        var task = Assert.Single((await inbox.UnclaimedAsync(Ola, new HumanTaskQuery { CorrelationId = caseId }, Ct)).Items);
        await inbox.ClaimAsync(task.Id, Ola, Ct);
        Assert.IsType<HumanTaskResult.Ok>(await inbox.CompleteAsync(task.Id, Ola, "Done", null, Ct));
        await DrainAsync();
        return instanceId;
    }

    private async Task<string> StartAsync(FlowchartBuilder builder, string caseId)
    {
        await using var scope = _node.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>();
        var model = builder.Build();
        if (await definitions.FindAsync(model.DefinitionId!, VersionOptions.Published, Ct) is null)
        {
            await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(model, publish: true, Ct);
        }

        var started = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartAsync(new StartRequest(model.DefinitionId!, CorrelationId: caseId), Ct);
        await DrainAsync();
        return started.InstanceId!;
    }

    private async Task DrainAsync()
    {
        while (await _node.Dispatcher.ProcessAvailableAsync(Ct) > 0)
        {
        }
    }

    private async Task<Core.Housekeeping.HousekeepingResult> SweepAsync(int batchSize = 500)
    {
        await using var scope = _node.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<RetentionOptions>>().Value.BatchSize = batchSize;
        return await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(Ct);
    }

    private Task<List<string>> LoggedInstancesAsync() =>
        CountAsync(db => db.ActivityExecutions.Select(e => e.WorkflowInstanceId).Distinct().ToListAsync(Ct));

    private async Task<T> CountAsync<T>(Func<WorkflowsDbContext, Task<T>> read)
    {
        await using var scope = _node.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>());
    }

    private async Task WithDbAsync(Func<WorkflowsDbContext, Task> write)
    {
        await using var scope = _node.Services.CreateAsyncScope();
        await write(scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>());
    }
}

public sealed class SqliteRetentionSweepTests() : RetentionSweepTests(DatabaseKind.Sqlite);

public sealed class PostgreSqlRetentionSweepTests() : RetentionSweepTests(DatabaseKind.PostgreSql);
