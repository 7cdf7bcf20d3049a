using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Feeds;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Welfare.CaseLog;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Policies;
using Velferd.Workflows.Welfare.Reports;
using Velferd.Workflows.Welfare.Transitions;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>Registers the in-memory stores.</summary>
public static class InMemoryServiceCollectionExtensions
{
    /// <summary>Adds the in-memory stores over one shared <see cref="InMemoryDatabase"/>.</summary>
    public static IServiceCollection AddInMemoryWorkflowStores(this IServiceCollection services, InMemoryDatabase? database = null)
    {
        services.TryAddSingleton(database ?? new InMemoryDatabase());
        services.TryAddScoped<IWorkflowDefinitionStore, InMemoryWorkflowDefinitionStore>();
        services.TryAddScoped<IWorkflowInstanceStore, InMemoryWorkflowInstanceStore>();
        services.TryAddScoped<IStimulusQueue, InMemoryStimulusQueue>();
        services.TryAddScoped<IStimulusOutbox, InMemoryStimulusOutbox>();
        services.TryAddSingleton<InMemoryDeadlineTable>();
        services.TryAddScoped<IDeadlineStore, InMemoryDeadlineStore>();
        services.AddScoped<IInMemoryBurstCommitParticipant, InMemoryDeadlineCommitParticipant>();
        services.TryAddScoped<IHumanTaskStore, InMemoryHumanTaskStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInMemoryBurstCommitParticipant, InMemoryHumanTaskCommitParticipant>());
        services.TryAddSingleton<InMemoryOutbox>();
        services.TryAddSingleton<IOutboxStore>(sp => sp.GetRequiredService<InMemoryOutbox>());
        services.AddSingleton<IInMemoryBurstCommitParticipant>(sp => sp.GetRequiredService<InMemoryOutbox>());
        services.TryAddSingleton<IFeedPositionStore, InMemoryFeedPositionStore>();
        services.TryAddSingleton<InMemoryWelfareTables>();
        services.TryAddScoped<ICaseStore, InMemoryCaseStore>();
        services.TryAddScoped<IConsentStore, InMemoryConsentStore>();
        services.TryAddScoped<IPolicyStore, InMemoryPolicyStore>();
        services.TryAddScoped<ICaseLogStore, InMemoryCaseLogStore>();

        // Singleton: the records live in the store itself, beside the shared welfare tables.
        services.TryAddSingleton<IReportStore, InMemoryReportStore>();
        services.TryAddSingleton<ITransitionStore, InMemoryTransitionStore>();
        return services;
    }
}
