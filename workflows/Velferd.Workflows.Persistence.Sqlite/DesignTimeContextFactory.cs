using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Velferd.Workflows.Persistence.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the context for this provider.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<WorkflowsDbContext>
{
    /// <inheritdoc />
    public WorkflowsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<WorkflowsDbContext>().UseSqlite("Data Source=design-time.db", b => b.MigrationsAssembly(typeof(DesignTimeContextFactory).Assembly.GetName().Name)).Options);
}
