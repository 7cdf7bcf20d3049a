using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Velferd.Workflows.Persistence.SqlServer;

/// <summary>Lets `dotnet ef migrations add` build the context for this provider.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<WorkflowsDbContext>
{
    /// <inheritdoc />
    public WorkflowsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<WorkflowsDbContext>().UseSqlServer("Server=localhost;Database=design_time;Trusted_Connection=True;TrustServerCertificate=True", b => b.MigrationsAssembly(typeof(DesignTimeContextFactory).Assembly.GetName().Name)).Options);
}
