using global::Quartz;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Housekeeping;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Scheduling.Deadlines;
using Velferd.Workflows.Scheduling.Housekeeping;
using Velferd.Workflows.Scheduling.Quartz;
using Velferd.Workflows.Scheduling.Time;

namespace Velferd.Workflows.Scheduling;

/// <summary>
/// Registers the machinery behind deadlines: the business calendar and the deadline pump, and Quartz to drive it. The
/// activities that create deadlines (<c>Velferd.Deadline</c>, <c>Velferd.Timer</c>, <c>Velferd.AgeMilestone</c>) live in
/// Velferd.Workflows.Activities; extension rules in Core.
/// </summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the calendar and the pump. The deadline store comes from a persistence project, the activities from
    /// <c>AddWelfareActivities</c> (or <c>AddDeadlineActivities</c> alone).
    /// </summary>
    public static IServiceCollection AddWorkflowDeadlines(this IServiceCollection services)
    {
        services.AddOptions<BusinessCalendarOptions>().BindConfiguration(BusinessCalendarOptions.SectionName).ValidateOnStart();
        services.AddOptions<DeadlinePumpOptions>().BindConfiguration(DeadlinePumpOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IBusinessCalendar, OsloBusinessCalendar>();
        services.TryAddSingleton<DeadlinePump>();
        return services;
    }

    /// <summary>
    /// Adds <see cref="AddWorkflowDeadlines"/> plus Quartz: the pump job on a poll trigger and a precise trigger at the
    /// next due instant, in Quartz's in-memory job store on each node, or (<paramref name="jobStore"/>) in one clustered
    /// job store in the workflow database.
    /// </summary>
    /// <remarks>
    /// The clustered store's tables (<c>qrtz_*</c>, Quartz 4.7's own schema) are created by Quartz when the scheduler
    /// starts if they are missing (<c>ProvisionSchema</c>: create only, never alter or drop; safe with several nodes
    /// starting at once), so the database account needs permission to create tables. See docs/deadlines.md.
    /// </remarks>
    public static IServiceCollection AddWorkflowScheduling(this IServiceCollection services, Action<SchedulerOptions>? configure = null, SchedulerJobStore? jobStore = null)
    {
        services.AddWorkflowDeadlines();
        var options = services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddOptions<HousekeepingOptions>()
            .BindConfiguration(HousekeepingOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Schedules.Values.Prepend(o.Schedule).All(cron => CronExpression.TryParse(cron, out _)), "Workflows:Housekeeping: every schedule must be a Quartz cron expression.")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Workflows:Housekeeping:TimeZone: unknown time zone.")
            .ValidateOnStart();

        // Quartz's builder needs the values now; they come from the same binding the options validate at start.
        var settings = new SchedulerOptions();
        configure?.Invoke(settings);
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "velferd-workflows";
                scheduler.GenerateInstanceId = true;
            });
            var store = jobStore ?? SchedulerJobStore.InMemory;
            if (store.Database == SchedulerDatabase.InMemory)
            {
                // One store per node: each node runs its own poll and next-due trigger; the row claim still makes a
                // deadline fire once.
                quartz.UseInMemoryStore(_ => { });
            }
            else
            {
                quartz.UsePersistentStore(persistent =>
                {
                    persistent.UseSystemTextJsonSerializer();
                    persistent.ProvisionSchema();
                    persistent.UseClustering(clustering =>
                    {
                        clustering.CheckinInterval = settings.ClusterCheckinInterval;
                        clustering.CheckinMisfireThreshold = settings.ClusterCheckinMisfireThreshold;
                    });
                    if (store.Database == SchedulerDatabase.PostgreSql)
                    {
                        persistent.UsePostgres(store.Factory!, store.ConnectionString!);
                    }
                    else
                    {
                        persistent.UseSqlServer(store.Factory!, store.ConnectionString!);
                    }
                });
            }

            quartz.AddJob<DeadlinePumpJob>(job => job.WithIdentity(DeadlinePumpJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .WithIdentity(DeadlinePumpJob.PollTrigger)
                .ForJob(DeadlinePumpJob.Key)
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(settings.PollInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });
        if (settings.Enabled)
        {
            services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        }

        return services;
    }

    /// <summary>
    /// Runs a housekeeping task (a Core port the task's own project implements, so Scheduling references no adapter) as
    /// a Quartz job on a cron trigger from <see cref="HousekeepingOptions"/> (daily at 02:30 Oslo time by default; read
    /// from configuration when the scheduler starts). The host calls it once per task, before or after
    /// <see cref="AddWorkflowScheduling"/>.
    /// </summary>
    /// <remarks>
    /// A run missed while every node was down fires once when a node is back (late rather than never, R-07).
    /// </remarks>
    public static IServiceCollection AddHousekeepingJob<TTask>(this IServiceCollection services)
        where TTask : class, IHousekeepingTask
    {
        services.TryAddScoped<TTask>();
        services.AddSingleton(new HousekeepingTaskRegistration(TTask.Name, typeof(TTask)));
        services.ConfigureAllQuartzSchedulers(quartz =>
        {
            quartz.AddJob<HousekeepingJob<TTask>>(job => job.WithIdentity(HousekeepingKeys.Job(TTask.Name)).StoreDurably());
            quartz.AddTrigger((provider, trigger) =>
            {
                var options = provider.GetRequiredService<IOptions<HousekeepingOptions>>().Value;
                trigger
                    .WithIdentity(HousekeepingKeys.Trigger(TTask.Name))
                    .ForJob(HousekeepingKeys.Job(TTask.Name))
                    .WithSchedule(CronScheduleBuilder.Create(options.ScheduleOf(TTask.Name))
                        .InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone))
                        .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed));
            });
        });
        return services;
    }
}
