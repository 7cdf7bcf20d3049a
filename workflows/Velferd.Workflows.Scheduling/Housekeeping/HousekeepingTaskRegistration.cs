using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Housekeeping;

namespace Velferd.Workflows.Scheduling.Housekeeping;

/// <summary>
/// A housekeeping task the host runs on a schedule, by name, for the one caller that must run it outside Quartz: the
/// Development clock, which runs once the runs its move passed over.
/// </summary>
/// <param name="Name">The task's name (its Quartz job and trigger name, and its key in <see cref="HousekeepingOptions.Schedules"/>).</param>
/// <param name="TaskType">The task's class, registered as a scoped service.</param>
public sealed record HousekeepingTaskRegistration(string Name, Type TaskType)
{
    /// <summary>Runs the task once with services from <paramref name="scope"/>.</summary>
    public Task<HousekeepingResult> RunAsync(IServiceProvider scope, CancellationToken cancellationToken) =>
        ((IHousekeepingTask)scope.GetRequiredService(TaskType)).RunAsync(cancellationToken);
}
