using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Welfare.Access;
using Velferd.Workflows.Welfare.Batons;
using Velferd.Workflows.Welfare.CaseLog;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Enquiries;
using Velferd.Workflows.Welfare.IndividualPlans;
using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Meetings;
using Velferd.Workflows.Welfare.Policies;
using Velferd.Workflows.Welfare.Reports;
using Velferd.Workflows.Welfare.Transitions;
using Velferd.Workflows.Welfare.YouthTeamTopics;

namespace Velferd.Workflows.Welfare;

/// <summary>Registers the welfare domain.</summary>
public static class WelfareServiceCollectionExtensions
{
    /// <summary>Adds the welfare settings and the policy reader; the stores come from a persistence project.</summary>
    public static IServiceCollection AddWelfare(this IServiceCollection services)
    {
        services.AddOptions<WelfareOptions>().BindConfiguration(WelfareOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<PolicyReader>();
        services.AddScoped<ReportRegistration>();
        services.AddScoped<InvestigationConclusion>();
        services.AddScoped<RegistryLifeEvents>();
        services.AddScoped<ExpectedChildBirths>();
        services.AddScoped<ReportPathway>();
        services.AddScoped<TransitionPathway>();
        services.AddScoped<IndividualPlanPathway>();
        services.AddScoped<TransitionGate>();
        services.AddScoped<EnquiryPathway>();
        services.AddScoped<RegistryLookup>();
        services.AddScoped<CaseLetters>();
        services.AddScoped<CaseArchive>();
        services.AddScoped<CaseClosing>();
        services.AddScoped<MeetingRecords>();
        services.AddScoped<CaseWaits>();
        services.AddScoped<HandoverAnswers>();
        services.AddScoped<BreakGlassGrants>();
        services.AddScoped<YouthTeamTopicPathway>();
        services.AddScoped<ParentalResponsibilityChanges>();
        return services;
    }
}
