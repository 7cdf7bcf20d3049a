using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Velferd.Workflows.Activities.AgeMilestones;
using Velferd.Workflows.Activities.Arkiv;
using Velferd.Workflows.Activities.Cases;
using Velferd.Workflows.Activities.Consents;
using Velferd.Workflows.Activities.Deadlines;
using Velferd.Workflows.Activities.DigitalPost;
using Velferd.Workflows.Activities.FiksIo;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Activities.HealthCentre;
using Velferd.Workflows.Activities.Http;
using Velferd.Workflows.Activities.HumanTasks;
using Velferd.Workflows.Activities.Krr;
using Velferd.Workflows.Activities.Maskinporten;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Activities.Reports;
using Velferd.Workflows.Activities.Resilience;
using Velferd.Workflows.Activities.SvarUt;
using Velferd.Workflows.Activities.TeamWork;
using Velferd.Workflows.Activities.Timers;
using Velferd.Workflows.Core.TimerTriggers;
using Velferd.Workflows.Activities.Transitions;
using Velferd.Workflows.Activities.Triggers;
using Velferd.Workflows.Activities.YouthTeamTopics;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Activities;

/// <summary>Registers this project: the welfare activities, the services they call, the outbox and the Fiks IO receiver.</summary>
public static class ActivitiesServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <c>Velferd.*</c> activities; the service clients (Folkeregisteret, KRR, digital post, SvarUt, Fiks IO,
    /// archive) as typed HTTP clients with resilience, options from <c>Services:{name}</c> validated on start; the
    /// outbox worker that sends their calls; and the Fiks IO receiver and Folkeregister feed that start bound pathways.
    /// </summary>
    public static IServiceCollection AddWelfareActivities(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);

        // Maskinporten and services' Retry-After dates keep real time; a host with a controllable clock registers its
        // wall clock first, everywhere else it is the host's clock.
        services.TryAddKeyedSingleton(WallClock.Key, (provider, _) => provider.GetRequiredService<TimeProvider>());
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DigitalPostOptions>().BindConfiguration(DigitalPostOptions.SectionName);
        services.AddOptions<SvarUtOptions>().BindConfiguration(SvarUtOptions.SectionName);
        services.AddOptions<FiksIoOptions>().BindConfiguration(FiksIoOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ServiceCalls>();
        services.AddOptions<MaskinportenOptions>().BindConfiguration(MaskinportenOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(MaskinportenTokenClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30)).RemoveAllLoggers();
        services.TryAddSingleton<MaskinportenTokenClient>();

        services.AddServiceClient<IFolkeregisterClient, FolkeregisterHttpClient>(FolkeregisterHttpClient.ServiceName).RemoveAllLoggers();
        services.AddServiceClient<IKrrClient, KrrHttpClient>(KrrHttpClient.ServiceName).RemoveAllLoggers();
        services.AddServiceClient<IDigitalPostClient, DigitalPostHttpClient>(DigitalPostHttpClient.ServiceName).RemoveAllLoggers();
        services.AddServiceClient<ISvarUtClient, SvarUtHttpClient>(SvarUtHttpClient.ServiceName).RemoveAllLoggers();
        services.AddServiceClient<IFiksIoClient, FiksIoHttpClient>(FiksIoHttpClient.ServiceName).RemoveAllLoggers();
        services.AddServiceClient<IArkivClient, ArkivHttpClient>(ArkivHttpClient.ServiceName).RemoveAllLoggers();

        services.AddOutboxHandlers();
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddScoped<OutboxIncidents>();
        services.AddHostedService<OutboxWorkerService>();

        services.TryAddSingleton<ConcernReportSchema>();
        services.TryAddScoped<PathwayTriggers>();
        services.TryAddScoped<ConcernReportReceiver>();
        services.TryAddSingleton<FiksIoReceiverService>();
        services.AddHostedService(sp => sp.GetRequiredService<FiksIoReceiverService>());

        // The scan's schedule comes from the scheduler (the host adds its Quartz job); its window and page size from here.
        services.AddOptions<AgeMilestoneScanOptions>().BindConfiguration(AgeMilestoneScanOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<AgeMilestoneScan>();

        services.AddOptions<FolkeregisterFeedOptions>().BindConfiguration(FolkeregisterFeedOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<FolkeregisterEventReceiver>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IFolkeregisterEventHandler, AddressProtectionChange>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IFolkeregisterEventHandler, ExpectedChildBirthLinks>());
        services.TryAddSingleton<FolkeregisterFeedService>();
        services.AddHostedService(sp => sp.GetRequiredService<FolkeregisterFeedService>());

        return services
            .AddDeadlineActivities()
            .AddActivity<UserTask>()
            .AddActivity<GetPerson>()
            .AddActivity<GetRelations>()
            .AddActivity<ReceiveEvent>()
            .AddActivity<OpenChildProgramme>()
            .AddActivity<GetContactInfo>()
            .AddActivity<SendLetter>()
            .AddActivity<CaseLetter>()
            .AddActivity<ReporterFeedbackLetter>()
            .AddActivity<InvestigationConcludedWait>()
            .AddActivity<SendShipment>()
            .AddActivity<ReceiveConcernReport>()
            .AddActivity<HttpEndpoint>()
            .AddActivity<WriteHttpResponse>()
            .AddActivity<SendReceipt>()
            .AddActivity<RecordJournalEntry>()
            .AddActivity<ConsentGate>()
            .AddActivity<TeamMeetingHeld>()
            .AddActivity<BatonHandedOver>()
            .AddActivity<YouthTeamTopicReviewDue>()
            .AddActivity<YouthTeamTopicReviewed>()
            .AddActivity<YouthTeamTopicClosed>()
            .AddActivity<CloseCase>()
            .AddActivity<DeadlinesKept>()
            .AddActivity<CaseClosedWait>()
            .AddActivity<SetCaseLevel>()
            .AddActivity<CaseRegistryLookup>()
            .AddActivity<ConsentAgeMilestone>()
            .AddActivity<ConsentRecheck>()
            .AddActivity<EndAftercare>();
    }

    /// <summary>
    /// Adds the activities that wait on a deadline (<c>Velferd.Deadline</c>, <c>Velferd.Timer</c>,
    /// <c>Velferd.AgeMilestone</c>) alone, for an engine without the remote services (the scheduling tests and
    /// benchmarks); <see cref="AddWelfareActivities"/> calls it. The pump that fires them comes from Scheduling.
    /// </summary>
    public static IServiceCollection AddDeadlineActivities(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITimerTriggerPlanner, ElsaTimerTriggers>());
        return services.AddActivity<DeadlineActivity>().AddActivity<TimerActivity>().AddActivity<AgeMilestone>()
            .AddActivity<ElsaDelay>().AddActivity<ElsaTimer>().AddActivity<ElsaStartAt>().AddActivity<ElsaCron>();
    }

    /// <summary>
    /// Adds the outbox handlers alone (they use the client interfaces, which tests may register as fakes);
    /// <see cref="AddWelfareActivities"/> calls it.
    /// </summary>
    public static IServiceCollection AddOutboxHandlers(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Transient<IOutboxHandler, GetPersonHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IOutboxHandler, GetRelationsHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IOutboxHandler, KrrOutboxHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IOutboxHandler, DigitalPostOutboxHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IOutboxHandler, SvarUtOutboxHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IOutboxHandler, FiksIoOutboxHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IOutboxHandler, ArkivOutboxHandler>());
        return services;
    }
}
