using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using Velferd.Workflows.Activities.AgeMilestones;
using Velferd.Workflows.Core;
using Velferd.Workflows.Scheduling;
using Velferd.Workflows.Scheduling.Housekeeping;
using Velferd.Workflows.Testing.InMemory;

namespace Velferd.Workflows.Tests.Scheduling.Housekeeping;

/// <summary>A housekeeping task added with <c>AddHousekeepingJob</c> is a Quartz job with a cron trigger in Oslo time.</summary>
public sealed class HousekeepingJobRegistrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddHousekeepingJob_AgeMilestoneScan_IsADurableJobWithADailyTriggerAt0230Oslo()
    {
        await using var services = Build();

        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);

        var job = await scheduler.GetJobDetail(HousekeepingKeys.Job("age-milestone-scan"), Ct);
        Assert.NotNull(job);
        Assert.True(job.Durable);
        Assert.True(job.ConcurrentExecutionDisallowed);
        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(HousekeepingKeys.Trigger("age-milestone-scan"), Ct));
        Assert.Equal(("0 30 2 * * ?", "Europe/Oslo", job.Key), (trigger.CronExpressionString, trigger.TimeZone.Id, trigger.JobKey));
        Assert.Equal(CronTriggerMisfireInstruction.FireAndProceed, trigger.MisfireInstruction);
    }

    [Fact]
    public async Task AddHousekeepingJob_ScheduleConfiguredForTheTask_UsesIt()
    {
        await using var services = Build(("Workflows:Housekeeping:Schedules:age-milestone-scan", "0 15 4 ? * MON-FRI"));

        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);

        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(HousekeepingKeys.Trigger("age-milestone-scan"), Ct));
        Assert.Equal("0 15 4 ? * MON-FRI", trigger.CronExpressionString);
    }

    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build());
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero)));

        // The job is added before the scheduler, as a task's own project could be registered first.
        services.AddHousekeepingJob<AgeMilestoneScan>();
        services.AddWorkflowCore();
        services.AddInMemoryWorkflowStores();
        services.AddWorkflowScheduling(o => o.Enabled = false);
        return services.BuildServiceProvider();
    }
}
