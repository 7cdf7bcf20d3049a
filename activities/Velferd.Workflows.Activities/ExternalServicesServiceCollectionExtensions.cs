using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Velferd.Workflows.Activities.Arkiv;
using Velferd.Workflows.Activities.DigitalPost;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Activities.Identity;
using Velferd.Workflows.Activities.Krr;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Activities.Resilience;
using Velferd.Workflows.Core;

namespace Velferd.Workflows.Activities;

/// <summary>Registers the municipal and national services: their clients, outbox handlers, activities and the outbox worker.</summary>
public static class ExternalServicesServiceCollectionExtensions
{
    /// <summary>
    /// Adds the service activities (Folkeregisteret, KRR, digital post, archive), their HTTP clients with resilience,
    /// options from <c>Services:{name}</c> validated on start, and the outbox worker that sends their calls.
    /// </summary>
    public static IServiceCollection AddExternalServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IdentityNumberOptions>().BindConfiguration(IdentityNumberOptions.SectionName);
        services.AddOptions<DigitalPostOptions>().BindConfiguration(DigitalPostOptions.SectionName);
        services.TryAddSingleton<IIdentityNumberValidator, ModulusElevenIdentityNumberValidator>();
        services.TryAddSingleton<ServiceCalls>();

        services.AddServiceClient<IFolkeregisterClient, FolkeregisterHttpClient>(FolkeregisterHttpClient.ServiceName).RemoveAllLoggers();
        services.AddServiceClient<IKrrClient, KrrHttpClient>(KrrHttpClient.ServiceName).RemoveAllLoggers();
        services.AddServiceClient<IDigitalPostClient, DigitalPostHttpClient>(DigitalPostHttpClient.ServiceName).RemoveAllLoggers();
        services.AddServiceClient<IArkivClient, ArkivHttpClient>(ArkivHttpClient.ServiceName).RemoveAllLoggers();

        services.AddOutboxHandlers();
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddScoped<OutboxIncidents>();
        services.AddHostedService<OutboxWorkerService>();

        return services
            .AddActivity<GetPerson>()
            .AddActivity<GetContactInfo>()
            .AddActivity<SendLetter>()
            .AddActivity<RecordJournalEntry>();
    }

    /// <summary>
    /// Adds the outbox handlers alone (they use the client interfaces, which tests may register as fakes) and the
    /// letter options; <see cref="AddExternalServices"/> calls it.
    /// </summary>
    public static IServiceCollection AddOutboxHandlers(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Transient<IOutboxHandler, FolkeregisterOutboxHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IOutboxHandler, KrrOutboxHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IOutboxHandler, DigitalPostOutboxHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IOutboxHandler, ArkivOutboxHandler>());
        return services;
    }
}
