using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Velferd.Workflows.Core.Diagnostics;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Activities.BuiltIn;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Expressions;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Core.InstanceMigration;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Core.SubWorkflows;

namespace Velferd.Workflows.Core;

/// <summary>Registers the engine.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine, the built-in activities and the background dispatcher. Stores come from a persistence
    /// project (or the in-memory stores in tests).
    /// </summary>
    public static IServiceCollection AddWorkflowCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<JavaScriptOptions>().BindConfiguration(JavaScriptOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RuntimeOptions>().BindConfiguration(RuntimeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IdentityNumberOptions>().BindConfiguration(IdentityNumberOptions.SectionName);
        services.AddOptions<DispatcherOptions>().BindConfiguration(DispatcherOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton<IIdentityNumberValidator, ModulusElevenIdentityNumberValidator>();
        services.TryAddSingleton<ActivityRegistry>();
        services.TryAddSingleton<WorkflowBlueprintCompiler>();
        services.TryAddSingleton<WorkflowBlueprintCache>();
        services.TryAddSingleton<WorkflowRunner>();
        services.TryAddSingleton<StimulusDispatcher>();
        services.TryAddSingleton<StimulusWakeUp>();
        services.TryAddSingleton<OutboxWakeUp>();
        services.TryAddSingleton<WorkerPasses>();
        services.AddMetrics();
        services.TryAddSingleton<WorkflowMetrics>();
        services.TryAddScoped<WorkflowBlueprintProvider>();
        services.TryAddScoped<WorkflowDefinitionService>();
        services.TryAddScoped<InstanceMigrationService>();
        services.TryAddScoped<StimulusProcessor>();
        services.TryAddScoped<WorkflowEngine>();
        services.TryAddScoped<DomainCommits>();
        services.TryAddScoped<TimerTriggers.ScheduledStarts>();
        services.TryAddScoped<HumanTaskInbox>();
        services.TryAddSingleton<IUserDirectory, EmptyUserDirectory>();
        services.TryAddScoped<DeadlineExtensions>();
        services.AddHostedService<StimulusDispatcherService>();

        services
            .AddActivity<Start>()
            .AddActivity<End>()
            .AddActivity<Complete>()
            .AddActivity<WriteLine>()
            .AddActivity<SetVariable>()
            .AddActivity<SetOutput>()
            .AddActivity<FlowDecision>()
            .AddActivity<FlowSwitch>()
            .AddActivity<FlowFork>()
            .AddActivity<FlowJoin>()
            .AddActivity<Event>()
            .AddActivity<Correlate>()
            .AddActivity<RunJavaScript>()
            .AddActivity<Fault>()
            .AddActivity<Finish>()
            .AddActivity<SetName>()
            .AddActivity<Activities.Looping.ForEach>()
            .AddActivity<Activities.Looping.For>()
            .AddActivity<Activities.Looping.ParallelForEach>()
            .AddActivity<Activities.Looping.While>()
            .AddActivity<Activities.Looping.FlowNode>()
            .AddActivity<Activities.Looping.Break>()
            .AddActivity<ExecuteWorkflow>()
            .AddActivity<DispatchWorkflow>()
            .AddActivity<WorkflowDefinitionActivity>();
        return services;
    }

    /// <summary>Registers an activity type: one instance per burst scope, listed in the registry.</summary>
    public static IServiceCollection AddActivity<TActivity>(this IServiceCollection services)
        where TActivity : class, IActivity
    {
        services.TryAddScoped<TActivity>();
        services.AddSingleton(new ActivityRegistration(typeof(TActivity)));
        return services;
    }
}
