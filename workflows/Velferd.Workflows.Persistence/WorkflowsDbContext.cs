using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Velferd.Workflows.Persistence.Deadlines;
using Velferd.Workflows.Persistence.Definitions;
using Velferd.Workflows.Persistence.Instances;
using Velferd.Workflows.Persistence.Outbox;
using Velferd.Workflows.Persistence.Stimuli;
using Velferd.Workflows.Persistence.TimerTriggers;

namespace Velferd.Workflows.Persistence;

/// <summary>The engine's tables. One model for every provider; each provider has its own migrations.</summary>
public sealed class WorkflowsDbContext(DbContextOptions<WorkflowsDbContext> options) : DbContext(options)
{
    public DbSet<WorkflowDefinitionRow> Definitions => Set<WorkflowDefinitionRow>();

    public DbSet<WorkflowInstanceRow> Instances => Set<WorkflowInstanceRow>();

    public DbSet<BookmarkRow> Bookmarks => Set<BookmarkRow>();

    public DbSet<ActivityExecutionRow> ActivityExecutions => Set<ActivityExecutionRow>();

    public DbSet<StimulusRow> Stimuli => Set<StimulusRow>();

    public DbSet<DeadlineRow> Deadlines => Set<DeadlineRow>();
    public DbSet<OutboxRow> OutboxMessages => Set<OutboxRow>();

    public DbSet<TimerTriggerRow> TimerTriggers => Set<TimerTriggerRow>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset values; UTC ticks as integers sort and compare exactly.
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowsDbContext).Assembly);

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
