using Velferd.Workflows.Welfare;

namespace Velferd.Workflows.Tests.Architecture;

public sealed class WelfareDependencyTests
{
    [Fact]
    public void Welfare_ReferencesCoreOnly()
    {
        string[] denied = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Quartz", "Serilog", "Npgsql", "Velferd.Workflows.Persistence", "Velferd.Workflows.Scheduling", "Velferd.Workflows.Activities", "Velferd.Workflows.Host"];

        var references = typeof(WelfareOptions).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => denied.Any(d => name.StartsWith(d, StringComparison.Ordinal)));
        Assert.Contains("Velferd.Workflows.Core", references);
    }
}
