using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Activities.HumanTasks;
using Velferd.Workflows.Core;

namespace Velferd.Workflows.Activities;

/// <summary>Registers the welfare activities.</summary>
public static class ActivitiesServiceCollectionExtensions
{
    /// <summary>Adds the <c>Velferd.*</c> activities to the engine's registry.</summary>
    public static IServiceCollection AddWelfareActivities(this IServiceCollection services) =>
        services.AddActivity<UserTask>();
}
