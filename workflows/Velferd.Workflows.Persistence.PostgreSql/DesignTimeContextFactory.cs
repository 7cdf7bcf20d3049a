using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Velferd.Workflows.Persistence.PostgreSql;

/// <summary>Lets `dotnet ef migrations add` build the context for this provider.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<WorkflowsDbContext>
{
    /// <inheritdoc />
    public WorkflowsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<WorkflowsDbContext>().UseNpgsql("Host=localhost;Database=design_time", b => b.MigrationsAssembly(typeof(DesignTimeContextFactory).Assembly.GetName().Name)).Options);
}
