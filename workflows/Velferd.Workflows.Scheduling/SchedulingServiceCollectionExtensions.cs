using global::Quartz;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Scheduling.Deadlines;
using Velferd.Workflows.Scheduling.Quartz;
using Velferd.Workflows.Scheduling.Time;
using Velferd.Workflows.Scheduling.Timers;

namespace Velferd.Workflows.Scheduling;

/// <summary>Registers the business calendar, the deadline activities and the deadline pump, and Quartz to drive it.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the calendar, the activities (<c>Velferd.Deadline</c>, <c>Velferd.Timer</c>, <c>Velferd.AgeMilestone</c>),
    /// the pump and the extension service. The deadline store comes from a persistence project.
    /// </summary>
    public static IServiceCollection AddWorkflowDeadlines(this IServiceCollection services)
    {
        services.AddOptions<BusinessCalendarOptions>().BindConfiguration(BusinessCalendarOptions.SectionName).ValidateOnStart();
        services.AddOptions<DeadlinePumpOptions>().BindConfiguration(DeadlinePumpOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IBusinessCalendar, OsloBusinessCalendar>();
        services.TryAddSingleton<DeadlinePump>();
        services.TryAddScoped<DeadlineExtensions>();
        services.AddActivity<DeadlineActivity>().AddActivity<TimerActivity>().AddActivity<AgeMilestone>();
        return services;
    }

    /// <summary>
    /// Adds <see cref="AddWorkflowDeadlines"/> plus Quartz: the pump job on a poll trigger and a precise trigger at the
    /// next due instant, in Quartz's in-memory job store on each node.
    /// </summary>
    public static IServiceCollection AddWorkflowScheduling(this IServiceCollection services, Action<SchedulerOptions>? configure = null)
    {
        services.AddWorkflowDeadlines();
        var options = services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

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
            // In-memory job store on every node: the pump's row claim is what makes a deadline fire once, so each
            // node may run its own poll and next-due trigger. The clustered ADO.NET store is not wired yet (see
            // docs/deadlines.md): Quartz 4.7's schema must first be written as our own EF migrations.
            quartz.UseInMemoryStore(_ => { });
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
}
