using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Persistence.Access;
using Velferd.Workflows.Persistence.Audit;
using Velferd.Workflows.Persistence.YouthTeamTopics;
using Velferd.Workflows.Welfare.Access;
using Velferd.Workflows.Welfare.Audit;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Feeds;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.InstanceMigration;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Retention;
using Velferd.Workflows.Persistence.Retention;
using Velferd.Workflows.Core.Diagnostics;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Persistence.Deadlines;
using Velferd.Workflows.Persistence.Diagnostics;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Persistence.Definitions;
using Velferd.Workflows.Persistence.Feeds;
using Velferd.Workflows.Persistence.HumanTasks;
using Velferd.Workflows.Persistence.Instances;
using Velferd.Workflows.Persistence.Letters;
using Velferd.Workflows.Persistence.Outbox;
using Velferd.Workflows.Persistence.Stimuli;
using Velferd.Workflows.Persistence.TimerTriggers;
using Velferd.Workflows.Core.TimerTriggers;
using Velferd.Workflows.Persistence.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Policies;
using Velferd.Workflows.Persistence.Kpis;
using Velferd.Workflows.Persistence.Reports;
using Velferd.Workflows.Persistence.IndividualPlans;
using Velferd.Workflows.Persistence.Transitions;
using Velferd.Workflows.Persistence.TeamWork;
using Velferd.Workflows.Welfare.Kpis;
using Velferd.Workflows.Welfare.Reports;
using Velferd.Workflows.Welfare.IndividualPlans;
using Velferd.Workflows.Welfare.Transitions;
using Velferd.Workflows.Welfare.AnonymousDiscussions;
using Velferd.Workflows.Welfare.Batons;
using Velferd.Workflows.Welfare.CaseLog;
using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Meetings;
using Velferd.Workflows.Welfare.Notifications;
using Velferd.Workflows.Welfare.YouthTeamTopics;

namespace Velferd.Workflows.Persistence;

/// <summary>Registers the EF Core stores.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Adds the context (configured by a provider project) and the stores behind the Core ports.</summary>
    public static IServiceCollection AddWorkflowPersistence(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
    {
        // Every context writes an audited write's row into that request's own save, and an answered read's row into the
        // read's own round trip.
        services.AddDbContextPool<WorkflowsDbContext>(options => configure(options.AddInterceptors(AuditSaveInterceptor.Instance, AuditedReadInterceptor.Instance)));
        services.AddScoped<IWorkflowDefinitionStore, EfWorkflowDefinitionStore>();
        services.AddScoped<IWorkflowInstanceStore, EfWorkflowInstanceStore>();
        services.AddScoped<IInstanceMigrationStore, EfInstanceMigrationStore>();
        services.AddScoped<IRetentionStore, EfRetentionStore>();
        services.AddScoped<IStimulusQueue, EfStimulusQueue>();
        services.AddScoped<IStimulusOutbox, EfStimulusOutbox>();
        services.AddScoped<IWorkloadCounter, EfWorkloadCounter>();
        services.AddScoped<IDeadlineStore, EfDeadlineStore>();
        services.AddScoped<ITimerTriggerStore, EfTimerTriggerStore>();
        services.AddScoped<IPublicationListener>(sp => sp.GetRequiredService<ScheduledStarts>());
        services.AddScoped<IBurstCommitParticipant, EfDeadlineCommitParticipant>();
        services.AddScoped<IHumanTaskStore, EfHumanTaskStore>();
        services.AddScoped<IKnownUserStore, EfKnownUserStore>();
        services.AddScoped<IBurstCommitParticipant, HumanTaskCommitParticipant>();
        services.AddScoped<WorkflowsDatabaseMigrator>();
        services.AddScoped<IOutboxStore, EfOutboxStore>();
        services.AddScoped<IBurstCommitParticipant, OutboxCommitParticipant>();
        services.AddScoped<IFeedPositionStore, EfFeedPositionStore>();
        services.AddScoped<ICaseStore, EfCaseStore>();
        services.AddScoped<IConsentStore, EfConsentStore>();
        services.AddScoped<IPolicyStore, EfPolicyStore>();
        services.AddScoped<IMeetingStore, EfMeetingStore>();
        services.AddScoped<ILetterStore, EfLetterStore>();
        services.AddScoped<IHandoverStore, EfHandoverStore>();
        services.AddScoped<ICaseLogStore, EfCaseLogStore>();
        services.AddScoped<IAnonymousDiscussionStore, EfAnonymousDiscussionStore>();
        services.AddScoped<IYouthTeamTopicStore, EfYouthTeamTopicStore>();
        services.AddScoped<INotificationStore, EfNotificationStore>();
        services.AddScoped<IReportStore, EfReportStore>();
        services.AddScoped<ITransitionStore, EfTransitionStore>();
        services.AddScoped<IIndividualPlanStore, EfIndividualPlanStore>();
        services.AddScoped<IKpiReader, EfKpiReader>();
        services.AddScoped<IAuditLog, EfAuditLog>();
        services.AddScoped<IBreakGlassStore, EfBreakGlassStore>();
        services.AddScoped<ICaseRelationStore, EfCaseRelationStore>();
        return services;
    }
}
